package id.baku.tenant;

/** A position a user holds; {@code acting} marks a Plt. (pelaksana tugas). */
public record HeldPosition(long positionId, boolean acting) {
}
