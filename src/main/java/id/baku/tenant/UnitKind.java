package id.baku.tenant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Kinds of organisation unit, from a perangkat daerah down to a tim kerja. */
public enum UnitKind {
    PERANGKAT_DAERAH, BAGIAN, BIDANG, SUB_BAGIAN, SEKSI, TIM_KERJA, LAINNYA;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String labelKey() {
        return "unit.kind." + code();
    }

    public static Optional<UnitKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
