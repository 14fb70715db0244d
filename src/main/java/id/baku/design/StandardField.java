package id.baku.design;

import java.util.Arrays;
import java.util.Optional;

/**
 * The identity fields Baku knows by itself. The Permenpan RB 35/2012 fields are on every template
 * (only their label and help may change); Penjelasan Singkat, Tujuan, Definisi and Ruang Lingkup
 * are optional and turned on per template.
 */
public enum StandardField {
    NUMBER("number", "Nomor SOP", FieldType.SHORT_TEXT, false, PrintPlace.HEADER),
    CREATED_ON("createdOn", "Tanggal Pembuatan", FieldType.DATE, false, PrintPlace.HEADER),
    REVISED_ON("revisedOn", "Tanggal Revisi", FieldType.DATE, false, PrintPlace.HEADER),
    EFFECTIVE_ON("effectiveOn", "Tanggal Efektif", FieldType.DATE, false, PrintPlace.HEADER),
    APPROVED_BY("approvedBy", "Disahkan oleh", FieldType.SHORT_TEXT, false, PrintPlace.HEADER),
    TITLE("title", "Nama SOP", FieldType.LONG_TEXT, false, PrintPlace.HEADER),
    LEGAL_BASES("legalBases", "Dasar Hukum", FieldType.LEGAL_BASIS, false, PrintPlace.LEFT),
    QUALIFICATIONS("qualifications", "Kualifikasi Pelaksana", FieldType.LIST, false, PrintPlace.RIGHT),
    RELATED("related", "Keterkaitan", FieldType.SOP_REFERENCE, false, PrintPlace.LEFT),
    EQUIPMENT("equipment", "Peralatan/Perlengkapan", FieldType.LIST, false, PrintPlace.RIGHT),
    WARNINGS("warnings", "Peringatan", FieldType.LIST, false, PrintPlace.LEFT),
    RECORD_KEEPING("recordKeeping", "Pencatatan dan Pendataan", FieldType.LIST, false, PrintPlace.RIGHT),
    SUMMARY("summary", "Penjelasan Singkat", FieldType.LONG_TEXT, true, PrintPlace.FULL),
    PURPOSES("purposes", "Tujuan", FieldType.LIST, true, PrintPlace.FULL),
    DEFINITIONS("definitions", "Definisi", FieldType.LIST, true, PrintPlace.FULL),
    SCOPE("scope", "Ruang Lingkup", FieldType.LIST, true, PrintPlace.FULL);

    private final String key;
    private final String label;
    private final FieldType type;
    private final boolean optional;
    private final PrintPlace print;

    StandardField(String key, String label, FieldType type, boolean optional, PrintPlace print) {
        this.key = key;
        this.label = label;
        this.type = type;
        this.optional = optional;
        this.print = print;
    }

    public String key() {
        return key;
    }

    /** The label as Permenpan RB 35/2012 prints it. */
    public String label() {
        return label;
    }

    public FieldType type() {
        return type;
    }

    /** Optional fields can be turned off; the others are on every SOP AP. */
    public boolean optional() {
        return optional;
    }

    public PrintPlace defaultPrint() {
        return print;
    }

    public static Optional<StandardField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
