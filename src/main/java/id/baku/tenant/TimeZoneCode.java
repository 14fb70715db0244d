package id.baku.tenant;

import java.time.ZoneId;

/** Indonesia's three time zones. */
public enum TimeZoneCode {
    WIB("Asia/Jakarta"), WITA("Asia/Makassar"), WIT("Asia/Jayapura");

    private final ZoneId zone;

    TimeZoneCode(String zoneId) {
        this.zone = ZoneId.of(zoneId);
    }

    public ZoneId zone() {
        return zone;
    }
}
