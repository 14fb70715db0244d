package id.baku.design;

/** Filters for the SOP list; null or blank means "any". {@code text} matches Nama SOP or Nomor SOP. */
public record SopQuery(Long unitId, String text, VersionStatus status) {

    public static SopQuery all() {
        return new SopQuery(null, null, null);
    }
}
