package id.baku.ratification;

import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopVersionRecord;
import id.baku.design.Sops;
import id.baku.design.VersionStatus;
import id.baku.shared.InvalidInputException;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kota Tangerang's way from draft to effective SOP: the Ketua Tim writes, the Kabag Prokopim (Plt.)
 * reviews, the Sekretaris Daerah signs.
 */
@IntegrationTest
class RatificationServiceIntegrationTest {

    private static final String AUTHOR = "katim.kompim.tangerang";
    private static final String REVIEWER = "kabag.prokopim.tangerang";
    private static final String SIGNER = "sekda.tangerang";

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired RatificationService ratification;
    @Autowired JdbcClient jdbc;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void tearDown() {
        SignIn.out();
        created.forEach(id -> jdbc.sql("delete from sop where id = ?").param(id).update());
    }

    @Test
    void draft_to_effective_with_a_return_a_signature_and_a_number() {
        SopVersionRecord draft = newSop();
        assertThat(ratification.state(draft.versionId()).maySubmit()).isTrue();
        ratification.submit(draft.versionId(), draft.version());

        signIn.as(REVIEWER);
        assertThat(ratification.myTasks()).anyMatch(t -> t.kind() == Task.Kind.REVIEW && t.versionId() == draft.versionId());
        RatificationState submitted = ratification.state(draft.versionId());
        assertThat(submitted.reviewers()).extracting(RatificationState.ReviewerStep::position)
                .containsExactly("Kepala Bagian Protokol dan Komunikasi Pimpinan");
        assertThat(submitted.signer()).isEqualTo("Sekretaris Daerah");
        assertThatThrownBy(() -> ratification.returnToAuthor(draft.versionId(), current(draft).version(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("note"));
        ratification.returnToAuthor(draft.versionId(), current(draft).version(), "Lengkapi Output langkah 3.");

        signIn.as(AUTHOR);
        assertThat(ratification.myTasks()).anyMatch(t -> t.kind() == Task.Kind.RETURNED
                && t.note().equals("Lengkapi Output langkah 3."));
        SopVersionRecord fixed = sops.saveDraft(draft.versionId(), current(draft).version(), draft.unitId(),
                current(draft).content());
        ratification.submit(fixed.versionId(), fixed.version());

        signIn.as(REVIEWER);
        RatificationState reviewed = ratification.approve(draft.versionId(), current(draft).version(), null);
        assertThat(reviewed.status()).isEqualTo(VersionStatus.REVIEWED);
        assertThat(reviewed.reviewers().getFirst().approvedBy()).isEqualTo("Rina Oktaviani, S.Sos., M.Si.");
        assertThat(reviewed.mayRatify()).as("a reviewer is not the signer").isFalse();

        signIn.as(SIGNER);
        assertThat(ratification.myTasks()).anyMatch(t -> t.kind() == Task.Kind.SIGN && t.versionId() == draft.versionId());
        assertThatThrownBy(() -> ratification.ratify(draft.versionId(), current(draft).version(), "salah"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"));
        RatificationState ratified = ratification.ratify(draft.versionId(), current(draft).version(), "baku-demo");
        assertThat(ratified.status()).isEqualTo(VersionStatus.EFFECTIVE);
        assertThat(ratified.signature().signerName()).isEqualTo("Herman Suwarman");
        assertThat(ratified.signature().intact()).isTrue();
        SopVersionRecord effective = current(draft);
        assertThat(effective.content().number()).matches("\\d+/000\\.8\\.3\\.3/[IVX]+/\\d{4}");
        assertThat(effective.content().effectiveOn()).isNotNull();
        assertThat(ratified.transitions()).extracting(Transition::to).containsExactly(VersionStatus.SUBMITTED,
                VersionStatus.DRAFT, VersionStatus.SUBMITTED, VersionStatus.REVIEWED, VersionStatus.RATIFIED,
                VersionStatus.EFFECTIVE);

        // Ratified versions are immutable, and a change behind Baku's back is detectable.
        signIn.as(AUTHOR);
        assertThatThrownBy(() -> sops.saveDraft(effective.versionId(), effective.version(), effective.unitId(),
                effective.content())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("sop.error.not-editable"));
        jdbc.sql("update sop_version set content = replace(content, 'Menyusun draf', 'Menyusun konsep') where id = ?")
                .param(effective.versionId()).update();
        assertThat(ratification.state(effective.versionId()).signature().intact()).isFalse();
    }

    @Test
    void an_author_can_neither_review_nor_sign_their_own_and_staff_cannot_submit() {
        signIn.as(REVIEWER);
        SopVersionRecord own = sops.create(unitId(), Sops.fiveSteps());
        created.add(own.sopId());
        ratification.submit(own.versionId(), own.version());
        assertThat(ratification.state(own.versionId()).mayReview()).isFalse();
        assertThatThrownBy(() -> ratification.approve(own.versionId(), current(own).version(), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ratification.error.not-your-turn"));
        assertThat(ratification.myTasks()).noneMatch(t -> t.versionId() == own.versionId());

        SopVersionRecord incomplete = sops.create(unitId(), new id.baku.design.SopContent(null, null, null, null, null,
                "SOP belum lengkap", null, null, null, null, null, null, null, null, null, null, null));
        created.add(incomplete.sopId());
        assertThatThrownBy(() -> ratification.submit(incomplete.versionId(), incomplete.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ratification.error.has-problems"));

        signIn.as("penelaah.humas.tangerang");
        assertThatThrownBy(() -> ratification.submit(incomplete.versionId(), incomplete.version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_revision_keeps_the_number_and_supersedes_the_version_in_force_once_ratified() {
        SopVersionRecord first = ratifiedSop();
        String number = current(first).content().number();

        signIn.as(AUTHOR);
        long revisionId = ratification.revise(first.sopId());
        assertThatThrownBy(() -> ratification.revise(first.sopId())).isInstanceOf(InvalidInputException.class);
        SopVersionRecord revision = sops.version(revisionId).orElseThrow();
        assertThat(revision.revision()).isEqualTo(2);
        assertThat(revision.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(sops.version(first.versionId()).orElseThrow().status()).isEqualTo(VersionStatus.EFFECTIVE);
        ratification.submit(revisionId, revision.version());
        signIn.as(REVIEWER);
        ratification.approve(revisionId, sops.version(revisionId).orElseThrow().version(), "Paraf");
        signIn.as(SIGNER);
        ratification.ratify(revisionId, sops.version(revisionId).orElseThrow().version(), "baku-demo");

        assertThat(sops.version(revisionId).orElseThrow().status()).isEqualTo(VersionStatus.EFFECTIVE);
        assertThat(sops.version(revisionId).orElseThrow().content().number()).isEqualTo(number);
        assertThat(sops.version(first.versionId()).orElseThrow().status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(sops.history(first.sopId())).extracting(v -> v.status()).containsExactly(VersionStatus.SUPERSEDED,
                VersionStatus.EFFECTIVE);
    }

    @Test
    void an_sop_ratified_for_a_later_date_comes_into_force_on_that_date() {
        SopVersionRecord draft = newSop();
        java.time.LocalDate inAWeek = java.time.LocalDate.now().plusDays(7);
        SopVersionRecord dated = sops.saveDraft(draft.versionId(), draft.version(), draft.unitId(),
                withEffectiveOn(draft.content(), inAWeek));
        ratification.submit(dated.versionId(), dated.version());
        signIn.as(REVIEWER);
        ratification.approve(draft.versionId(), current(draft).version(), null);
        signIn.as(SIGNER);
        RatificationState ratified = ratification.ratify(draft.versionId(), current(draft).version(), "baku-demo");
        assertThat(ratified.status()).isEqualTo(VersionStatus.RATIFIED);
        assertThat(current(draft).content().effectiveOn()).isEqualTo(inAWeek);
        long tenant = jdbc.sql("select tenant_id from sop where id = ?").param(draft.sopId()).query(Long.class).single();
        SignIn.out();
        assertThat(id.baku.tenant.TenantContext.callAs(tenant, () -> ratification.activateDue(inAWeek.minusDays(1)))).isZero();
        assertThat(id.baku.tenant.TenantContext.callAs(tenant, () -> ratification.activateDue(inAWeek))).isEqualTo(1);
        assertThat(id.baku.tenant.TenantContext.callAs(tenant, () -> ratification.activateDue(inAWeek))).isZero();
        signIn.as(SIGNER);
        RatificationState effective = ratification.state(draft.versionId());
        assertThat(effective.status()).isEqualTo(VersionStatus.EFFECTIVE);
        assertThat(effective.transitions().getLast().actor()).isEqualTo("baku");
    }

    @Test
    void an_sop_in_force_past_its_review_period_is_listed_as_overdue() {
        signIn.as("admin.tangerang");
        List<ReviewDue> due = ratification.reviewsDue();
        assertThat(due).isNotEmpty().allSatisfy(r -> assertThat(r.dueOn()).isEqualTo(r.inForceSince().plusMonths(12)));
        ReviewDue analisa = due.stream().filter(r -> r.title().startsWith("Analisa")).findFirst().orElseThrow();
        String old = jdbc.sql("select content from sop_version where id = ?").param(analisa.versionId())
                .query(String.class).single();
        try {
            jdbc.sql("update sop_version set content = json_set(content, '$.effectiveOn', '2020-01-01') where id = ?")
                    .param(analisa.versionId()).update();
            ReviewDue overdue = ratification.reviewsDue().getFirst();
            assertThat(overdue.versionId()).isEqualTo(analisa.versionId());
            assertThat(overdue.dueOn()).isEqualTo(java.time.LocalDate.of(2021, 1, 1));
            assertThat(overdue.overdue()).isTrue();
            assertThat(ratification.myTasks()).anyMatch(t -> t.kind() == Task.Kind.PERIODIC_REVIEW
                    && t.versionId() == analisa.versionId());
            signIn.as("penelaah.humas.tangerang");
            assertThat(ratification.myTasks()).noneMatch(t -> t.kind() == Task.Kind.PERIODIC_REVIEW);
        } finally {
            jdbc.sql("update sop_version set content = ? where id = ?").params(old, analisa.versionId()).update();
        }
    }

    @Test
    void a_unit_can_have_its_own_route_and_go_back_to_the_organisations() {
        signIn.as("admin.tangerang");
        long unit = unitId();
        RouteRecord standard = ratification.route(unit);
        assertThat(standard.configured()).isFalse();
        assertThat(standard.reviewerPositionIds()).hasSize(1);
        long ketuaTim = jdbc.sql("select p.id from job_position p join tenant t on t.id = p.tenant_id "
                + "where t.code = 'kota-tangerang' and p.name = 'Ketua Tim Kerja Komunikasi Pimpinan'").query(Long.class).single();
        List<Long> twoReviewers = List.of(ketuaTim, standard.reviewerPositionIds().getFirst());
        try {
            assertThatThrownBy(() -> ratification.configureRoute(unit, List.of(ketuaTim, ketuaTim), standard.signerPositionId()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("ratification.error.route-twice"));
            RouteRecord own = ratification.configureRoute(unit, twoReviewers, standard.signerPositionId());
            assertThat(own.configured()).isTrue();
            assertThat(own.reviewerPositionIds()).containsExactlyElementsOf(twoReviewers);

            SopVersionRecord draft = newSop();
            ratification.submit(draft.versionId(), draft.version());
            signIn.as(REVIEWER);
            assertThat(ratification.state(draft.versionId()).mayReview()).as("the Ketua Tim reviews first").isFalse();
            signIn.as(AUTHOR);
            assertThat(ratification.state(draft.versionId()).mayReview()).as("…but not their own SOP").isFalse();

            signIn.as("penelaah.humas.tangerang");
            assertThatThrownBy(() -> ratification.configureRoute(unit, null, null))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        } finally {
            signIn.as("admin.tangerang");
            assertThat(ratification.configureRoute(unit, null, null).configured()).isFalse();
        }
    }

    private static id.baku.design.SopContent withEffectiveOn(id.baku.design.SopContent c, java.time.LocalDate on) {
        return new id.baku.design.SopContent(c.number(), c.createdOn(), c.revisedOn(), on, c.approvedBy(), c.title(),
                c.legalBasisIds(), c.qualifications(), c.related(), c.equipment(), c.warnings(), c.recordKeeping(),
                c.summary(), c.purposes(), c.definitions(), c.executors(), c.steps(), c.scope(), c.custom());
    }

    private SopVersionRecord ratifiedSop() {
        SopVersionRecord draft = newSop();
        ratification.submit(draft.versionId(), draft.version());
        signIn.as(REVIEWER);
        ratification.approve(draft.versionId(), current(draft).version(), null);
        signIn.as(SIGNER);
        ratification.ratify(draft.versionId(), current(draft).version(), "baku-demo");
        return current(draft);
    }

    private SopVersionRecord newSop() {
        signIn.as(AUTHOR);
        SopVersionRecord draft = sops.create(unitId(), Sops.fiveSteps());
        created.add(draft.sopId());
        return draft;
    }

    private SopVersionRecord current(SopVersionRecord v) {
        return sops.version(v.versionId()).orElseThrow();
    }

    private long unitId() {
        return sops.list(new SopQuery(null, "59/000.8.3.3", null)).getFirst().unitId();
    }
}
