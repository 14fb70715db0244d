package id.baku.design;

import java.util.Locale;

/**
 * Where a field prints on the identity page of the official sheet: in the header block beside
 * the logo (Nomor SOP, dates, Disahkan oleh, Nama SOP), in the left or right cell of the grid
 * below it (Dasar Hukum | Kualifikasi Pelaksana, …), across the whole width under the grid, or
 * not at all.
 */
public enum PrintPlace {
    HEADER, LEFT, RIGHT, FULL, NONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "template.print." + code();
    }
}
