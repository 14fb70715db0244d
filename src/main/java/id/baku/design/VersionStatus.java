package id.baku.design;

import java.util.Locale;

/** Where a version stands: Draf → Diajukan → Direviu → Disahkan → Berlaku → Digantikan / Dicabut. */
public enum VersionStatus {
    DRAFT, SUBMITTED, REVIEWED, RATIFIED, EFFECTIVE, SUPERSEDED, RETIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "sop.status." + code();
    }

    /** Only a draft can be edited; anything later is a record of what was decided. */
    public boolean editable() {
        return this == DRAFT;
    }
}
