package id.baku.tenant;

/** Paper of the official sheets; F4 (215 x 330 mm) is common in Indonesian offices. */
public enum PaperSize {
    A4(210, 297), F4(215, 330);

    private final int widthMm;
    private final int heightMm;

    PaperSize(int widthMm, int heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public int widthMm() {
        return widthMm;
    }

    public int heightMm() {
        return heightMm;
    }
}
