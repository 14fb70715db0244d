package id.baku.design;

import id.baku.tenant.PaperSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An SOP template: the author's form and the sheet's layout, as one version of a template says.
 *
 * @param fields           identity fields in order; every non-optional {@link StandardField} is present
 * @param stepColumns      the step table's columns in order: the standard ones and any extra ones
 * @param defaultExecutors Pelaksana columns a new SOP starts with (labels; a jabatan's name links it)
 * @param paper            paper of the sheet; null for the pemda's own setting
 * @param letterhead       which kop the sheet carries
 */
public record TemplateDefinition(String name, String description, List<TemplateField> fields,
                                 List<StepColumn> stepColumns, List<String> defaultExecutors, PaperSize paper,
                                 LetterheadVariant letterhead) {

    public TemplateDefinition {
        fields = List.copyOf(fields == null ? List.of() : fields);
        stepColumns = List.copyOf(stepColumns == null ? List.of() : stepColumns);
        defaultExecutors = List.copyOf(defaultExecutors == null ? List.of() : defaultExecutors);
        letterhead = letterhead == null ? LetterheadVariant.FULL : letterhead;
    }

    /** The national default following Permenpan RB 35/2012: its fields, labels and layout. */
    public static TemplateDefinition national() {
        List<TemplateField> fields = new ArrayList<>();
        for (StandardField f : StandardField.values()) {
            fields.add(TemplateField.of(f, !f.optional()));
        }
        List<StepColumn> columns = List.of(new StepColumn("number", "No"), new StepColumn("activity", "Kegiatan"),
                new StepColumn("executors", "Pelaksana"), new StepColumn("requirements", "Kelengkapan"),
                new StepColumn("time", "Waktu"), new StepColumn("output", "Output"),
                new StepColumn("notes", "Keterangan"));
        return new TemplateDefinition("SOP AP (Permenpan RB 35/2012)",
                "Format nasional Standar Operasional Prosedur Administrasi Pemerintahan.", fields, columns, List.of(),
                null, LetterheadVariant.FULL);
    }

    public Optional<TemplateField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The label of a standard field or step column as this template prints it. */
    public String label(String key) {
        return field(key).map(TemplateField::label)
                .or(() -> stepColumns.stream().filter(c -> c.key().equals(key)).map(StepColumn::label).findFirst())
                .orElse(key);
    }

    public List<TemplateField> customFields() {
        return fields.stream().filter(f -> !f.standard()).toList();
    }

    public List<StepColumn> extraColumns() {
        return stepColumns.stream().filter(c -> !c.standard()).toList();
    }

    public boolean enabled(StandardField f) {
        return field(f.key()).map(TemplateField::enabled).orElse(false);
    }
}
