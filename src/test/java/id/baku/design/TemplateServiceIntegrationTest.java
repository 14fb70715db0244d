package id.baku.design;

import id.baku.shared.InvalidInputException;
import id.baku.shared.yaml.YamlDataException;
import id.baku.tenant.NewTenant;
import id.baku.tenant.PaperSize;
import id.baku.tenant.TenantKind;
import id.baku.tenant.TenantService;
import id.baku.tenant.TimeZoneCode;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Templates of real pemda: the samples, a new field, SOPs on the old version, sharing. */
@IntegrationTest
class TemplateServiceIntegrationTest {

    @Autowired SignIn signIn;
    @Autowired TemplateService templates;
    @Autowired SopService sops;
    @Autowired TenantService tenants;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void tearDown() {
        SignIn.out();
    }

    @Test
    void each_sample_pemda_has_its_template_and_its_sops_follow_it() {
        signIn.as("admin.lamandau");
        TemplateSummary lamandau = templates.list().getFirst();
        assertThat(lamandau.name()).isEqualTo("SOP AP Kabupaten Lamandau");
        assertThat(lamandau.defaultTemplate()).isTrue();
        assertThat(lamandau.sopVersions()).isEqualTo(1);
        TemplateDefinition definition = templates.latest(lamandau.templateId()).orElseThrow().definition();
        assertThat(definition.enabled(StandardField.SUMMARY)).isTrue();
        SopVersionRecord konten = sops.latest(sops.list(SopQuery.all()).getFirst().sopId()).orElseThrow();
        assertThat(konten.templateVersionId()).isEqualTo(lamandau.versionId());

        signIn.as("admin.tangerang");
        TemplateSummary tangerang = templates.list().getFirst();
        assertThat(templates.latest(tangerang.templateId()).orElseThrow().definition().label("activity"))
                .isEqualTo("Uraian kegiatan");
        assertThat(tangerang.sopVersions()).isEqualTo(3);

        signIn.as("admin.mojokerto");
        assertThat(templates.list()).extracting(TemplateSummary::name).containsExactly(TemplateDefinition.national().name());
    }

    @Test
    void a_new_pemda_gets_the_national_template() {
        signIn.as("platform.demo");
        tenants.createTenant(new NewTenant("kabupaten-uji-template", "Pemerintah Kabupaten Uji Template",
                TenantKind.KABUPATEN, TimeZoneCode.WIB, PaperSize.A4, "admin.ujitemplate", "Admin Uji", "rahasia-uji-2026"));
        signIn.as("admin.ujitemplate");
        assertThat(templates.list()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo(TemplateDefinition.national().name());
            assertThat(t.defaultTemplate()).isTrue();
        });
    }

    @Test
    void a_template_change_is_a_new_version_and_sops_keep_theirs_until_moved() {
        signIn.as("admin.tangerang");
        TemplateSummary summary = templates.list().getFirst();
        TemplateVersionRecord v1 = templates.latest(summary.templateId()).orElseThrow();
        long unitId = sops.list(SopQuery.all()).getFirst().unitId();
        SopVersionRecord draft = sops.create(unitId, Sops.fiveSteps());
        SopVersionRecord ratified = sops.list(new SopQuery(null, "59/000.8.3.3", null)).stream().findFirst()
                .flatMap(s -> sops.latest(s.sopId())).orElseThrow();
        try {
            assertThat(draft.templateVersionId()).isEqualTo(v1.versionId());
            TemplateVersionRecord v2 = templates.save(v1.templateId(), v1.revision(), withField(v1.definition(),
                    new TemplateField("indikatorKinerja", "Indikator Kinerja", null, FieldType.LONG_TEXT, true,
                            List.of(), true, false, PrintPlace.FULL)));
            assertThat(v2.revision()).isEqualTo(v1.revision() + 1);
            assertThat(templates.save(v1.templateId(), v2.revision(), v2.definition()).versionId())
                    .as("saving without a change adds no version").isEqualTo(v2.versionId());
            assertThatThrownBy(() -> templates.save(v1.templateId(), v1.revision(), v1.definition()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.concurrent-change"));

            // The draft stays on version 1 and has no problem with the new required field…
            SopVersionRecord onOld = sops.latest(draft.sopId()).orElseThrow();
            assertThat(onOld.templateVersionId()).isEqualTo(v1.versionId());
            assertThat(onOld.problems()).isEmpty();
            assertThat(sops.newerTemplate(onOld.templateVersionId())).isTrue();
            // …until its author moves it: then the field is asked for.
            SopVersionRecord moved = sops.moveToLatestTemplate(onOld.versionId(), onOld.version());
            assertThat(moved.templateVersionId()).isEqualTo(v2.versionId());
            assertThat(moved.problems()).extracting(SopProblem::field).containsExactly("custom.indikatorKinerja");
            SopVersionRecord filled = sops.saveDraft(moved.versionId(), moved.version(), unitId,
                    moved.content().withCustom(Map.of("indikatorKinerja", List.of("Persentase publikasi tepat waktu"))));
            assertThat(filled.problems()).isEmpty();
            assertThat(sops.exportYaml(filled.versionId())).contains("template: SOP AP Kota Tangerang",
                    "indikatorKinerja: Persentase publikasi tepat waktu");

            // The field can't go while a ratified SOP holds a value in it; hidden for new SOPs it can.
            jdbc.sql("update sop_version set template_version_id = ?, content = json_set(content, '$.custom', "
                    + "json_object('indikatorKinerja', json_array('Indikator lama'))) where id = ?")
                    .params(v2.versionId(), ratified.versionId()).update();
            TemplateDefinition withoutField = v2.definition();
            List<TemplateField> fields = new ArrayList<>(withoutField.fields());
            fields.removeIf(f -> f.key().equals("indikatorKinerja"));
            TemplateDefinition removed = new TemplateDefinition(withoutField.name(), withoutField.description(), fields,
                    withoutField.stepColumns(), withoutField.defaultExecutors(), null, withoutField.letterhead());
            assertThatThrownBy(() -> templates.save(v1.templateId(), v2.revision(), removed))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("template.error.field-in-use"));
            fields = new ArrayList<>(v2.definition().fields());
            fields.replaceAll(f -> f.key().equals("indikatorKinerja") ? new TemplateField(f.key(), f.label(), f.help(),
                    f.type(), f.required(), f.options(), true, true, f.print()) : f);
            TemplateVersionRecord v3 = templates.save(v1.templateId(), v2.revision(), new TemplateDefinition(
                    removed.name(), removed.description(), fields, removed.stepColumns(), List.of(), null,
                    removed.letterhead()));
            assertThat(v3.definition().field("indikatorKinerja").orElseThrow().offeredForNew()).isFalse();
            assertThat(sops.latest(ratified.sopId()).orElseThrow().content().custom())
                    .containsEntry("indikatorKinerja", List.of("Indikator lama"));
        } finally {
            sops.deleteDraft(draft.sopId());
            jdbc.sql("update sop_version set template_version_id = ?, content = json_remove(content, '$.custom') "
                    + "where id = ?").params(v1.versionId(), ratified.versionId()).update();
            restore(v1);
        }
    }

    @Test
    void a_template_is_shared_between_pemda_as_a_file_and_a_bad_file_changes_nothing() {
        signIn.as("admin.lamandau");
        TemplateSummary lamandau = templates.list().getFirst();
        String yaml = templates.exportYaml(lamandau.templateId());
        assertThat(yaml).contains("name: SOP AP Kabupaten Lamandau", "key: summary");

        signIn.as("admin.mojokerto");
        int before = templates.list().size();
        assertThatThrownBy(() -> templates.importYaml("lamandau.yaml", stream(yaml.replace("key: purposes",
                "key: purposes\n    type: list"))))
                .isInstanceOfSatisfying(YamlDataException.class, e -> assertThat(e.field()).endsWith(".type"));
        assertThat(templates.list()).hasSize(before);
        TemplateVersionRecord imported = templates.importYaml("lamandau.yaml", stream(yaml));
        try {
            assertThat(imported.definition()).isEqualTo(templates.latest(imported.templateId()).orElseThrow().definition());
            assertThat(imported.definition().enabled(StandardField.DEFINITIONS)).isTrue();
            assertThat(imported.defaultTemplate()).isFalse();
            assertThatThrownBy(() -> templates.importYaml("lamandau.yaml", stream(yaml)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("template.error.name-taken"));
        } finally {
            templates.delete(imported.templateId());
        }
    }

    @Test
    void an_sop_with_custom_values_survives_export_and_import() {
        signIn.as("admin.lamandau");
        TemplateSummary summary = templates.list().getFirst();
        TemplateVersionRecord v1 = templates.latest(summary.templateId()).orElseThrow();
        try {
            List<TemplateField> extra = List.of(
                    new TemplateField("indikatorKinerja", "Indikator Kinerja", null, FieldType.LONG_TEXT, false, List.of(), true, false, PrintPlace.FULL),
                    new TemplateField("sifat", "Sifat", null, FieldType.CHOICE, false, List.of("Internal", "Eksternal"), true, false, PrintPlace.RIGHT),
                    new TemplateField("tanggalReviu", "Tanggal Reviu", null, FieldType.DATE, false, List.of(), true, false, PrintPlace.NONE),
                    new TemplateField("terkait", "SOP pendukung", null, FieldType.SOP_REFERENCE, false, List.of(), true, false, PrintPlace.FULL));
            TemplateDefinition d = v1.definition();
            List<TemplateField> fields = new ArrayList<>(d.fields());
            fields.addAll(extra);
            List<StepColumn> columns = new ArrayList<>(d.stepColumns());
            columns.add(new StepColumn("dokumenTerkait", "Dokumen terkait"));
            templates.save(v1.templateId(), v1.revision(), new TemplateDefinition(d.name(), d.description(), fields,
                    columns, d.defaultExecutors(), d.paper(), d.letterhead()));
            SopSummary konten = sops.list(SopQuery.all()).getFirst();
            SopContent base = Sops.fiveSteps();
            List<Step> steps = new ArrayList<>(base.steps());
            Step first = steps.getFirst();
            steps.set(0, new Step(first.activity(), first.executor(), first.kind(), null, null, first.standard(),
                    first.notes(), Map.of("dokumenTerkait", "Nota dinas")));
            SopContent content = base.withSteps(base.executors(), steps).withCustom(Map.of(
                    "indikatorKinerja", List.of("Konten terbit tepat waktu"), "sifat", List.of("Eksternal"),
                    "tanggalReviu", List.of("2026-01-15"), "terkait", List.of(String.valueOf(konten.sopId()))));
            SopVersionRecord created = sops.create(konten.unitId(), content);
            SopVersionRecord copy = null;
            try {
                assertThat(created.problems()).isEmpty();
                String yaml = sops.exportYaml(created.versionId());
                assertThat(yaml).contains("sifat: Eksternal", "terkait:", "- " + konten.title(), "dokumenTerkait: Nota dinas");
                copy = sops.importYaml("copy.yaml", stream(yaml));
                assertThat(copy.content()).isEqualTo(created.content());
                assertThat(copy.templateVersionId()).isEqualTo(created.templateVersionId());

                SopVersionRecord wrong = sops.saveDraft(created.versionId(), created.version(), konten.unitId(),
                        content.withCustom(Map.of("sifat", List.of("Rahasia"), "tanggalReviu", List.of("15/01/2026"))));
                assertThat(wrong.problems()).extracting(SopProblem::key)
                        .contains("sop.problem.custom-choice", "sop.problem.custom-date");
                long tangerangSop = jdbc.sql("select s.id from sop s join tenant t on t.id = s.tenant_id "
                        + "where t.code = 'kota-tangerang' limit 1").query(Long.class).single();
                assertThatThrownBy(() -> sops.saveDraft(wrong.versionId(), wrong.version(), konten.unitId(),
                        content.withCustom(Map.of("terkait", List.of(String.valueOf(tangerangSop))))))
                        .isInstanceOfSatisfying(InvalidInputException.class,
                                e -> assertThat(e.field()).isEqualTo("custom.terkait"));
            } finally {
                sops.deleteDraft(created.sopId());
                if (copy != null) {
                    sops.deleteDraft(copy.sopId());
                }
            }
        } finally {
            restore(v1);
        }
    }

    /** Puts the template's original definition back as a new version, for the other tests. */
    private void restore(TemplateVersionRecord original) {
        TemplateVersionRecord now = templates.latest(original.templateId()).orElseThrow();
        jdbc.sql("update sop_version set template_version_id = ? where template_version_id in "
                + "(select id from sop_template_version where template_id = ? and id <> ?)")
                .params(original.versionId(), original.templateId(), original.versionId()).update();
        jdbc.sql("delete from sop_template_version where template_id = ? and id <> ?")
                .params(original.templateId(), original.versionId()).update();
        assertThat(now.templateId()).isEqualTo(original.templateId());
    }

    private static TemplateDefinition withField(TemplateDefinition d, TemplateField field) {
        List<TemplateField> fields = new ArrayList<>(d.fields());
        fields.add(field);
        return new TemplateDefinition(d.name(), d.description(), fields, d.stepColumns(), d.defaultExecutors(),
                d.paper(), d.letterhead());
    }

    private static ByteArrayInputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
