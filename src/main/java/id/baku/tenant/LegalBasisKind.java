package id.baku.tenant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Jenis peraturan, with the words that open its citation. */
public enum LegalBasisKind {
    UUD("Undang-Undang Dasar"),
    UU("Undang-Undang"),
    PERPPU("Peraturan Pemerintah Pengganti Undang-Undang"),
    PP("Peraturan Pemerintah"),
    PERPRES("Peraturan Presiden"),
    PERMEN("Peraturan Menteri"),
    PERDA("Peraturan Daerah"),
    PERGUB("Peraturan Gubernur"),
    PERBUP("Peraturan Bupati"),
    PERWAL("Peraturan Wali Kota"),
    KEPBUP("Keputusan Bupati"),
    KEPWAL("Keputusan Wali Kota"),
    LAINNYA("");

    private final String citationLabel;

    LegalBasisKind(String citationLabel) {
        this.citationLabel = citationLabel;
    }

    /** The official Indonesian words, used in citations whatever the UI language. */
    public String citationLabel() {
        return citationLabel;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LegalBasisKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
