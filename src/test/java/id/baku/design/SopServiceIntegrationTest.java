package id.baku.design;

import id.baku.shared.InvalidInputException;
import id.baku.shared.yaml.YamlDataException;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.UnitRecord;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SopServiceIntegrationTest {

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired OrganisationService organisation;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void tearDown() {
        SignIn.out();
    }

    @Test
    void the_sample_sops_load_with_their_pemda() {
        signIn.as("admin.tangerang");
        List<SopSummary> tangerang = sops.list(SopQuery.all());
        assertThat(tangerang).extracting(SopSummary::number)
                .contains("59/000.8.3.3/III/2025", "60/000.8.3.3/III/2025");
        SopVersionRecord analisa = sops.latest(find(tangerang, "Analisa").sopId()).orElseThrow();
        assertThat(analisa.status()).isEqualTo(VersionStatus.EFFECTIVE);
        assertThat(analisa.content().steps()).hasSize(7);
        assertThat(analisa.content().totalMinutes()).isEqualTo(390);
        assertThat(analisa.problems()).isEmpty();
        SopVersionRecord dokumentasi = sops.latest(find(tangerang, "Pengelolaan Dokumentasi").sopId()).orElseThrow();
        assertThat(dokumentasi.content().totalMinutes()).isEqualTo(275);

        signIn.as("admin.mojokerto");
        List<SopSummary> mojokerto = sops.list(SopQuery.all());
        assertThat(mojokerto).hasSize(3);
        SopVersionRecord identityOnly = sops.latest(find(mojokerto, "Pelayanan Dokumentasi").sopId()).orElseThrow();
        assertThat(identityOnly.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(identityOnly.content().steps()).isEmpty();

        signIn.as("admin.lamandau");
        SopVersionRecord konten = sops.latest(sops.list(SopQuery.all()).getFirst().sopId()).orElseThrow();
        assertThat(konten.content().purposes()).isNotEmpty();
        assertThat(konten.content().steps()).anyMatch(Step::isDecision);
    }

    @Test
    void every_sample_sop_exported_and_imported_is_identical() {
        for (String admin : List.of("admin.tangerang", "admin.lamandau", "admin.mojokerto")) {
            signIn.as(admin);
            for (SopSummary summary : sops.list(SopQuery.all())) {
                SopVersionRecord original = sops.version(summary.versionId()).orElseThrow();
                String yaml = sops.exportYaml(original.versionId());
                SopVersionRecord copy = sops.importYaml("copy.yaml", stream(yaml));
                try {
                    assertThat(copy.content()).as(summary.title()).isEqualTo(original.content());
                    assertThat(copy.unitId()).isEqualTo(original.unitId());
                    assertThat(copy.status()).isEqualTo(VersionStatus.DRAFT);
                    assertThat(sops.exportYaml(copy.versionId())).isEqualTo(yaml.replaceFirst(
                            "status: " + original.status().code(), "status: draft"));
                } finally {
                    sops.deleteDraft(copy.sopId());
                }
            }
        }
    }

    @Test
    void a_malformed_import_names_line_and_field_and_stores_nothing() {
        signIn.as("kabag.prokopim.tangerang");
        int before = count();
        String yaml = """
                unit: Bagian Protokol dan Komunikasi Pimpinan
                title: SOP Rusak
                executors:
                  - label: Staf
                steps:
                  - activity: Mulai
                    executor: 1
                    time: 10 menit
                  - activity: Selesai
                    executor: 1
                    time: sebentar
                """;
        assertThatThrownBy(() -> sops.importYaml("rusak.yaml", stream(yaml)))
                .isInstanceOfSatisfying(YamlDataException.class, e -> {
                    assertThat(e.line()).isEqualTo(11);
                    assertThat(e.field()).isEqualTo("steps[2].time");
                    assertThat(e.describe(Locale.forLanguageTag("id"))).contains("rusak.yaml baris 11")
                            .contains("sebentar");
                });
        assertThatThrownBy(() -> sops.importYaml("unit.yaml", stream(yaml.replace("Bagian Protokol", "Bagian Lain"))))
                .isInstanceOf(YamlDataException.class).hasMessageContaining("unit");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void an_author_saves_an_invalid_draft_and_a_concurrent_save_loses_nothing() {
        signIn.as("kabag.prokopim.tangerang");
        long unitId = unit("Bagian Protokol dan Komunikasi Pimpinan");
        SopContent empty = new SopContent(null, null, null, null, null, "SOP Baru", null, null, null, null, null, null,
                null, null, null, null, null);
        SopVersionRecord draft = sops.create(unitId, empty);
        try {
            assertThat(draft.status()).isEqualTo(VersionStatus.DRAFT);
            assertThat(draft.problems()).extracting(SopProblem::field).contains("executors", "steps");

            SopVersionRecord first = sops.saveDraft(draft.versionId(), draft.version(), unitId, Sops.fiveSteps());
            assertThat(first.problems()).isEmpty();
            assertThatThrownBy(() -> sops.saveDraft(draft.versionId(), draft.version(), unitId, empty))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.concurrent-change"));
            assertThat(sops.latest(draft.sopId()).orElseThrow().content()).isEqualTo(Sops.fiveSteps().normalized());

            SopContent taken = withNumber(Sops.fiveSteps(), "59/000.8.3.3/III/2025");
            SopVersionRecord duplicate = sops.saveDraft(draft.versionId(), first.version(), unitId, taken);
            assertThat(duplicate.problems()).extracting(SopProblem::field, SopProblem::key)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("number", "sop.problem.number-taken"));
        } finally {
            sops.deleteDraft(draft.sopId());
        }
    }

    @Test
    void ids_of_another_pemda_are_refused_and_staff_cannot_design() {
        signIn.as("admin.lamandau");
        long lamandauUnit = organisation.listUnits().getFirst().id();
        long lamandauSop = sops.list(SopQuery.all()).getFirst().sopId();

        signIn.as("kabag.prokopim.tangerang");
        assertThat(sops.latest(lamandauSop)).isEmpty();
        assertThatThrownBy(() -> sops.create(lamandauUnit, Sops.fiveSteps()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("unit"));
        long unitId = unit("Bagian Protokol dan Komunikasi Pimpinan");
        SopContent linked = new SopContent(null, null, null, null, null, "Tautan", null, null,
                List.of(new RelatedSop(lamandauSop, null)), null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> sops.create(unitId, linked))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("related.1"));

        signIn.as("penelaah.humas.tangerang");
        assertThatThrownBy(() -> sops.create(unitId, Sops.fiveSteps())).isInstanceOf(AccessDeniedException.class);
        assertThat(sops.list(SopQuery.all())).isNotEmpty();
    }

    @Test
    void the_content_of_a_version_in_force_is_its_pemdas_only_also_once_it_is_kept() {
        signIn.as("admin.tangerang");
        SopSummary analisa = find(sops.list(SopQuery.all()), "Analisa");
        SopContent first = sops.content(analisa.versionId()).orElseThrow();
        assertThat(sops.content(analisa.versionId())).contains(first); // kept: a version in force never changes
        assertThat(first).isEqualTo(sops.version(analisa.versionId()).orElseThrow().content());

        signIn.as("admin.lamandau");
        assertThat(sops.content(analisa.versionId())).isEmpty();
    }

    @Test
    void an_effective_sop_cannot_be_edited_or_deleted_as_a_draft() {
        signIn.as("admin.tangerang");
        SopSummary effective = sops.list(new SopQuery(null, "59/000", VersionStatus.EFFECTIVE)).getFirst();
        SopVersionRecord record = sops.version(effective.versionId()).orElseThrow();
        assertThatThrownBy(() -> sops.saveDraft(record.versionId(), record.version(), record.unitId(), record.content()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("sop.error.not-editable"));
        assertThatThrownBy(() -> sops.deleteDraft(record.sopId())).isInstanceOf(InvalidInputException.class);
    }

    private static SopContent withNumber(SopContent c, String number) {
        return new SopContent(number, c.createdOn(), c.revisedOn(), c.effectiveOn(), c.approvedBy(), c.title(),
                c.legalBasisIds(), c.qualifications(), c.related(), c.equipment(), c.warnings(), c.recordKeeping(),
                c.summary(), c.purposes(), c.definitions(), c.executors(), c.steps());
    }

    private long unit(String name) {
        return organisation.listUnits().stream().filter(u -> u.name().equals(name)).map(UnitRecord::id).findFirst().orElseThrow();
    }

    private int count() {
        return jdbc.sql("select count(*) from sop_version").query(Integer.class).single();
    }

    private static SopSummary find(List<SopSummary> list, String titleStart) {
        return list.stream().filter(s -> s.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    private static ByteArrayInputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
