package id.baku.design;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class TemplateRulesTest {

    @Test
    void the_national_template_is_valid_and_has_every_permenpan_field() {
        TemplateDefinition national = TemplateDefinition.national();
        assertThat(TemplateRules.check(national)).isEmpty();
        assertThat(national.fields()).extracting(TemplateField::key).startsWith("number", "createdOn", "revisedOn",
                "effectiveOn", "approvedBy", "title", "legalBases");
        assertThat(national.enabled(StandardField.SUMMARY)).isFalse();
        assertThat(national.label("activity")).isEqualTo("Kegiatan");
    }

    @Test
    void keys_are_unique_choices_have_options_and_labels_are_not_empty() {
        List<TemplateField> fields = new ArrayList<>(TemplateDefinition.national().fields());
        fields.add(custom("indikatorKinerja", "Indikator Kinerja", FieldType.LONG_TEXT, List.of()));
        fields.add(custom("indikatorKinerja", "Lagi", FieldType.SHORT_TEXT, List.of()));
        fields.add(custom("sifat", "Sifat", FieldType.CHOICE, List.of()));
        fields.add(custom("Bad key", "X", FieldType.SHORT_TEXT, List.of()));
        fields.add(custom("kosong", " ", FieldType.SHORT_TEXT, List.of()));
        int n = TemplateDefinition.national().fields().size();
        assertThat(TemplateRules.check(with(fields))).extracting(SopProblem::field, SopProblem::key).containsExactly(
                tuple("field." + (n + 2) + ".key", "template.problem.key-twice"),
                tuple("field." + (n + 3) + ".options", "template.problem.choice-options"),
                tuple("field." + (n + 4) + ".key", "template.problem.key-format"),
                tuple("field." + (n + 5) + ".label", "validation.required"));
    }

    @Test
    void permenpan_fields_stay_on_with_their_type() {
        List<TemplateField> fields = new ArrayList<>(TemplateDefinition.national().fields());
        TemplateField title = fields.get(5);
        fields.set(5, new TemplateField(title.key(), "Judul SOP", null, FieldType.SHORT_TEXT, false, List.of(), false,
                false, PrintPlace.HEADER));
        fields.removeIf(f -> f.key().equals("warnings"));
        assertThat(TemplateRules.check(with(fields))).extracting(SopProblem::field, SopProblem::key).containsExactly(
                tuple("field.6.type", "template.problem.standard-type"),
                tuple("field.6.enabled", "template.problem.permenpan-field"),
                tuple("fields", "template.problem.permenpan-missing"));
    }

    @Test
    void the_standard_step_columns_must_all_be_there() {
        TemplateDefinition t = TemplateDefinition.national();
        List<StepColumn> columns = new ArrayList<>(t.stepColumns());
        columns.removeIf(c -> c.key().equals("time"));
        columns.add(new StepColumn("dokumenTerkait", "Dokumen terkait"));
        columns.add(new StepColumn("dokumenTerkait", ""));
        TemplateDefinition changed = new TemplateDefinition(t.name(), t.description(), t.fields(), columns,
                List.of(" "), null, null);
        assertThat(TemplateRules.check(changed)).extracting(SopProblem::field, SopProblem::key).containsExactly(
                tuple("column.8.key", "template.problem.key-twice"),
                tuple("column.8.label", "validation.required"),
                tuple("columns", "template.problem.column-missing"),
                tuple("executor.1", "validation.required"));
    }

    @Test
    void a_template_file_written_and_read_again_is_the_same() throws Exception {
        List<TemplateField> fields = new ArrayList<>(TemplateDefinition.national().fields());
        fields.add(custom("indikatorKinerja", "Indikator Kinerja", FieldType.LONG_TEXT, List.of()));
        fields.add(new TemplateField("sifat", "Sifat Layanan", "Internal atau eksternal", FieldType.CHOICE, true,
                List.of("Internal", "Eksternal"), true, true, PrintPlace.RIGHT));
        List<StepColumn> columns = new ArrayList<>(TemplateDefinition.national().stepColumns());
        columns.add(new StepColumn("dokumenTerkait", "Dokumen terkait"));
        TemplateDefinition t = new TemplateDefinition("SOP Pelayanan Publik Dinas", "Untuk dinas", fields, columns,
                List.of("Staf", "Kepala Bidang"), id.baku.tenant.PaperSize.F4, LetterheadVariant.LOGO_AND_NAME);
        String yaml = TemplateYaml.write(t);
        assertThat(TemplateYaml.read("t.yaml", stream(yaml))).isEqualTo(t);
        assertThat(TemplateYaml.write(TemplateYaml.read("t.yaml", stream(yaml)))).isEqualTo(yaml);
    }

    @Test
    void the_sample_templates_are_valid() throws Exception {
        for (String file : List.of("tenants/kabupaten-lamandau/templates/sop-ap-lamandau.yaml",
                "tenants/kota-tangerang/templates/sop-ap-kota-tangerang.yaml")) {
            TemplateDefinition t = TemplateYaml.read(file, Files.newInputStream(Path.of(file)));
            assertThat(TemplateRules.check(t)).as(file).isEmpty();
            assertThat(TemplateYaml.read(file, stream(TemplateYaml.write(t)))).isEqualTo(t);
        }
        TemplateDefinition lamandau = TemplateYaml.read("l.yaml",
                Files.newInputStream(Path.of("tenants/kabupaten-lamandau/templates/sop-ap-lamandau.yaml")));
        assertThat(lamandau.enabled(StandardField.SUMMARY)).isTrue();
        assertThat(lamandau.enabled(StandardField.DEFINITIONS)).isTrue();
        assertThat(lamandau.enabled(StandardField.SCOPE)).isFalse();
    }

    @Test
    void a_malformed_template_file_names_its_line_and_field() {
        String yaml = """
                name: Rusak
                fields:
                  - key: number
                  - key: indikator
                    label: Indikator
                    type: paragraf
                """;
        assertThatThrownBy(() -> TemplateYaml.read("rusak.yaml", stream(yaml)))
                .isInstanceOfSatisfying(id.baku.shared.yaml.YamlDataException.class, e -> {
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.field()).isEqualTo("fields[2].type");
                });
        assertThatThrownBy(() -> TemplateYaml.read("rusak.yaml", stream("name: X\nfields:\n  - key: title\n    type: list\n")))
                .isInstanceOfSatisfying(id.baku.shared.yaml.YamlDataException.class,
                        e -> assertThat(e.field()).isEqualTo("fields[1].type"));
    }

    private static TemplateField custom(String key, String label, FieldType type, List<String> options) {
        return new TemplateField(key, label, null, type, false, options, true, false, PrintPlace.FULL);
    }

    private static TemplateDefinition with(List<TemplateField> fields) {
        TemplateDefinition t = TemplateDefinition.national();
        return new TemplateDefinition(t.name(), t.description(), fields, t.stepColumns(), t.defaultExecutors(),
                t.paper(), t.letterhead());
    }

    private static ByteArrayInputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
