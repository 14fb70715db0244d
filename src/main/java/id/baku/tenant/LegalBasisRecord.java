package id.baku.tenant;

/** A dasar hukum; {@code id} is null for a new one. */
public record LegalBasisRecord(Long id, LegalBasisKind kind, String issuer, String number, int year, String title,
                               int version) {

    /** "Peraturan Wali Kota Tangerang Nomor 33 Tahun 2014 tentang ...", as SOPs cite it. */
    public String citation() {
        StringBuilder text = new StringBuilder(kind.citationLabel());
        if (issuer != null && !issuer.isBlank()) {
            text.append(text.isEmpty() ? "" : " ").append(issuer);
        }
        text.append(" Nomor ").append(number).append(" Tahun ").append(year);
        if (title != null && !title.isBlank()) {
            text.append(" tentang ").append(title);
        }
        return text.toString();
    }
}
