package id.baku.compliance;

/** An SOP by its number and name. */
public record SopRef(long sopId, String number, String title) {
}
