package id.baku.tenant;

/** A jabatan; {@code id} is null for a new one, {@code unitId} null for one above all units. */
public record PositionRecord(Long id, Long unitId, String name, boolean unitHead, int version) {
}
