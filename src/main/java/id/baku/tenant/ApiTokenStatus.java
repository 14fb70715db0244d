package id.baku.tenant;

import java.util.Locale;

/** Where a personal API token stands: Aktif, Kedaluwarsa or Dicabut. */
public enum ApiTokenStatus {
    ACTIVE, EXPIRED, REVOKED;

    public String labelKey() {
        return "token.status." + name().toLowerCase(Locale.ROOT);
    }
}
