package id.baku.tenant;

/** What a platform admin gives to set up a pemda, with its first tenant admin. */
public record NewTenant(String code, String name, TenantKind kind, TimeZoneCode timeZone, PaperSize paperSize,
                        String adminUsername, String adminFullName, String adminPassword) {
}
