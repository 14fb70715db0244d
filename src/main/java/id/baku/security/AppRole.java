package id.baku.security;

import java.util.Arrays;
import java.util.Optional;

/** Application roles. The code is what tenant data files and the UI use. */
public enum AppRole {
    PLATFORM_ADMIN("platform-admin"),
    TENANT_ADMIN("tenant-admin"),
    SOP_AUTHOR("sop-author"),
    REVIEWER("reviewer"),
    SIGNER("signer"),
    STAFF("staff"),
    AUDITOR("auditor");

    private final String code;

    AppRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The Spring Security authority, e.g. {@code ROLE_TENANT_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Key of the role's name in the i18n bundles. */
    public String labelKey() {
        return "role." + code;
    }

    public static Optional<AppRole> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** Roles a tenant admin may grant inside a pemda (platform admin is not one of them). */
    public static AppRole[] tenantRoles() {
        return Arrays.stream(values()).filter(r -> r != PLATFORM_ADMIN).toArray(AppRole[]::new);
    }
}
