package id.baku.tenant;

/** Jenis pemda. */
public enum TenantKind {
    KOTA, KABUPATEN, PROVINSI;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String labelKey() {
        return "tenant.kind." + code();
    }
}
