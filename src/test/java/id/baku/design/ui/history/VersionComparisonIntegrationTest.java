package id.baku.design.ui.history;

import id.baku.design.DiffKind;
import id.baku.design.Outcome;
import id.baku.design.QualityStandard;
import id.baku.design.SopContent;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopVersionRecord;
import id.baku.design.Step;
import id.baku.design.StepKind;
import id.baku.design.TimeUnit;
import id.baku.design.VersionSummary;
import id.baku.design.domain.ContentJson;
import id.baku.shared.IndonesianDates;
import id.baku.shell.Translations;
import id.baku.tenant.LegalBasisRecord;
import id.baku.tenant.LegalBasisService;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The rows the version history shows for a sample SOP and a second revision written straight to
 * the database (revisions are made by the ratification module, built separately).
 */
@IntegrationTest
class VersionComparisonIntegrationTest {

    private static final Translations TRANSLATIONS = new Translations();

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired JdbcClient jdbc;
    @Autowired LegalBasisService legalBases;

    private Long added;

    @AfterEach
    void tearDown() {
        if (added != null) {
            jdbc.sql("delete from sop_version where id = ?").param(added).update();
        }
        SignIn.out();
    }

    @Test
    void a_new_revision_with_an_inserted_step_an_edited_time_and_other_equipment_shows_just_those_changes() {
        signIn.as("admin.tangerang");
        SopVersionRecord first = sops.latest(sopId("Analisa")).orElseThrow();
        SopContent content = first.content();
        List<Step> steps = new ArrayList<>(content.steps().stream().map(s -> retarget(s, 2)).toList());
        steps.add(1, new Step("Memverifikasi sumber berita", 1, StepKind.PROCESS, null, null,
                new QualityStandard(List.of("Daftar media"), 15, TimeUnit.MENIT, "Sumber terverifikasi"), null));
        Step checked = steps.get(3);
        steps.set(3, new Step(checked.activity(), checked.executor(), checked.kind(), checked.yes(), checked.no(),
                new QualityStandard(checked.standard().requirements(), 45, TimeUnit.MENIT, checked.standard().output()),
                checked.notes(), checked.extra()));
        List<String> equipment = new ArrayList<>(content.equipment());
        equipment.set(0, "Komputer dan jaringan internet");
        SopContent second = withEquipment(content.withSteps(content.executors(), steps), equipment);
        added = addRevision(first, second);

        List<VersionSummary> history = sops.history(first.sopId());
        assertThat(history).extracting(VersionSummary::revision).containsExactly(first.revision(), first.revision() + 1);
        SopVersionRecord newer = sops.version(history.getLast().versionId()).orElseThrow();
        VersionComparison comparison = VersionComparison.of(first, sops.template(first.templateVersionId()), newer,
                sops.template(newer.templateVersionId()), labels());

        assertThat(comparison.identity()).filteredOn(VersionComparison.IdentityRow::changed)
                .extracting(VersionComparison.IdentityRow::label, VersionComparison.IdentityRow::kind,
                        VersionComparison.IdentityRow::newer)
                .containsExactly(tuple("Peralatan/Perlengkapan", DiffKind.CHANGED, "1. Komputer dan jaringan internet"));
        assertThat(comparison.identity()).filteredOn(r -> r.label().equals("Nomor SOP")).singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(DiffKind.UNCHANGED));
        assertThat(comparison.executors()).noneMatch(VersionComparison.ExecutorRow::changed);
        assertThat(comparison.steps()).hasSize(content.steps().size() + 1);
        assertThat(comparison.steps()).filteredOn(VersionComparison.StepRow::changed)
                .extracting(VersionComparison.StepRow::olderNumber, VersionComparison.StepRow::newerNumber,
                        VersionComparison.StepRow::kind, VersionComparison.StepRow::changes)
                .containsExactly(
                        tuple(null, 2, DiffKind.ADDED, List.of()),
                        tuple(3, 4, DiffKind.CHANGED, List.of(new VersionComparison.Change("Waktu", "30 menit", "45 menit"))));
        assertThat(comparison.unchanged()).isFalse();
    }

    @Test
    void a_version_compared_with_itself_has_no_changed_rows() {
        signIn.as("admin.tangerang");
        SopVersionRecord only = sops.latest(sopId("Analisa")).orElseThrow();

        VersionComparison comparison = VersionComparison.of(only, sops.template(only.templateVersionId()), only,
                sops.template(only.templateVersionId()), labels());

        assertThat(comparison.unchanged()).isTrue();
        assertThat(comparison.identity()).isNotEmpty().noneMatch(VersionComparison.IdentityRow::changed);
        // dasar hukum are shown by their citation, not their id
        assertThat(comparison.identity()).filteredOn(r -> r.label().equals("Dasar Hukum"))
                .allSatisfy(r -> assertThat(r.older()).contains("Nomor"));
    }

    private long sopId(String titleStart) {
        return sops.list(SopQuery.all()).stream().filter(s -> s.title().startsWith(titleStart)).findFirst()
                .orElseThrow().sopId();
    }

    private ComparisonLabels labels() {
        return new ComparisonLabels((key, args) -> TRANSLATIONS.getTranslation(key, IndonesianDates.INDONESIAN, args),
                IndonesianDates.INDONESIAN, legalBases.list().stream().collect(Collectors.toMap(LegalBasisRecord::id,
                LegalBasisRecord::citation)), Map.of());
    }

    /** A copy of the version row as revision n + 1, with other content. */
    private long addRevision(SopVersionRecord version, SopContent content) {
        jdbc.sql("""
                        insert into sop_version (tenant_id, sop_id, revision, status, number, title, content, created_at,
                            created_by, updated_at, updated_by, version, template_version_id)
                        select tenant_id, sop_id, revision + 1, 'DRAFT', number, title, ?, created_at, 'uji',
                            updated_at, 'uji', 0, template_version_id
                        from sop_version where id = ?""")
                .params(ContentJson.write(content), version.versionId()).update();
        return jdbc.sql("select id from sop_version where sop_id = ? and revision = ?")
                .params(version.sopId(), version.revision() + 1).query(Long.class).single();
    }

    /** The decision targets after a step is inserted at {@code inserted}. */
    private static Step retarget(Step s, int inserted) {
        return new Step(s.activity(), s.executor(), s.kind(), shift(s.yes(), inserted), shift(s.no(), inserted),
                s.standard(), s.notes(), s.extra());
    }

    private static Outcome shift(Outcome o, int inserted) {
        return o == null ? null : new Outcome(o.label(), o.target() >= inserted ? o.target() + 1 : o.target());
    }

    private static SopContent withEquipment(SopContent c, List<String> equipment) {
        return new SopContent(c.number(), c.createdOn(), c.revisedOn(), c.effectiveOn(), c.approvedBy(), c.title(),
                c.legalBasisIds(), c.qualifications(), c.related(), equipment, c.warnings(), c.recordKeeping(),
                c.summary(), c.purposes(), c.definitions(), c.executors(), c.steps(), c.scope(), c.custom());
    }
}
