package id.baku.design;

import java.util.Locale;

/** What a template field holds, and so how the designer asks for it and how it is checked. */
public enum FieldType {
    /** One line of text. */
    SHORT_TEXT,
    /** A paragraph. */
    LONG_TEXT,
    /** A numbered list, one item per line (as Kualifikasi Pelaksana). */
    LIST,
    /** A date, stored ISO (2025-03-03). */
    DATE,
    /** A number, stored as written with a dot for decimals (12.5). */
    NUMBER,
    /** One of the template's options. */
    CHOICE,
    /** Other SOPs of the pemda, stored by id. */
    SOP_REFERENCE,
    /** Dasar hukum from the pemda's library, stored by id. */
    LEGAL_BASIS;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String labelKey() {
        return "template.type." + code();
    }
}
