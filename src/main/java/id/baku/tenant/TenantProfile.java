package id.baku.tenant;

import java.util.List;

/**
 * The pemda's profile: identity, kop (letterhead), time zone, paper, Nomor SOP pattern, and how
 * many months an SOP in force runs before it is due for review.
 */
public record TenantProfile(long id, String code, String name, TenantKind kind, String address, String phone,
                            String email, String website, List<String> letterhead, TimeZoneCode timeZone,
                            PaperSize paperSize, String sopNumberPattern, boolean hasLogo, int version,
                            int reviewPeriodMonths) {
}
