package id.baku.security;

/** Role names as constants for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class AppRoles {
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String TENANT_ADMIN = "TENANT_ADMIN";
    public static final String SOP_AUTHOR = "SOP_AUTHOR";
    public static final String REVIEWER = "REVIEWER";
    public static final String SIGNER = "SIGNER";
    public static final String STAFF = "STAFF";
    public static final String AUDITOR = "AUDITOR";

    /** For services any signed-in user may call: unlike {@code @PermitAll}, an anonymous caller is refused. */
    public static final String SIGNED_IN = "isAuthenticated()";

    private AppRoles() {
    }
}
