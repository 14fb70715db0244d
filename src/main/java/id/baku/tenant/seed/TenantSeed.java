package id.baku.tenant.seed;

import id.baku.security.AppRole;
import id.baku.tenant.LegalBasisKind;
import id.baku.tenant.PaperSize;
import id.baku.tenant.TenantKind;
import id.baku.tenant.TimeZoneCode;
import id.baku.tenant.UnitKind;

import java.util.List;
import java.util.Set;

/** One pemda as read from {@code tenants/<code>/}, checked and ready to store. */
record TenantSeed(Profile profile, List<UnitSeed> units, List<PositionSeed> topPositions,
                  List<LegalBasisSeed> legalBases, List<UserSeed> users) {

    record Profile(String code, String name, TenantKind kind, String address, String phone, String email,
                   String website, List<String> letterhead, TimeZoneCode timeZone, PaperSize paperSize,
                   String sopNumberPattern, byte[] logo, String logoContentType) {
    }

    record UnitSeed(String name, UnitKind kind, List<PositionSeed> positions, List<UnitSeed> units) {
    }

    record PositionSeed(String name, boolean head) {
    }

    record LegalBasisSeed(LegalBasisKind kind, String issuer, String number, int year, String title) {
    }

    record UserSeed(String username, String fullName, String nip, String email, String password, Set<AppRole> roles,
                    List<HeldSeed> positions) {
    }

    record HeldSeed(String position, boolean acting) {
    }
}
