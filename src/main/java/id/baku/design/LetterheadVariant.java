package id.baku.design;

import java.util.Locale;

/** Which kop the official sheet carries: the pemda's full letterhead, or only its logo and name. */
public enum LetterheadVariant {
    FULL, LOGO_AND_NAME;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String labelKey() {
        return "template.letterhead." + code();
    }
}
