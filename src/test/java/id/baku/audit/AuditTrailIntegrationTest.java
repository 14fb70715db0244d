package id.baku.audit;

import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopVersionRecord;
import id.baku.design.Sops;
import id.baku.design.TemplateDefinition;
import id.baku.design.TemplateService;
import id.baku.design.TemplateVersionRecord;
import id.baku.ratification.RatificationService;
import id.baku.ratification.RatificationState;
import id.baku.shared.audit.Audited;
import id.baku.tenant.TenantContext;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What Kota Tangerang's people do lands in Kota Tangerang's audit chain, in the same transaction:
 * designing, the way through ratification, the effective-date job; and what may not be recorded
 * is refused.
 */
@IntegrationTest
class AuditTrailIntegrationTest {

    private static final String AUTHOR = "katim.kompim.tangerang";
    private static final String REVIEWER = "kabag.prokopim.tangerang";
    private static final String SIGNER = "sekda.tangerang";
    private static final String AUDITOR = "auditor.tangerang";

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired TemplateService templates;
    @Autowired RatificationService ratification;
    @Autowired AuditService audit;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void tearDown() {
        SignIn.out();
        created.forEach(id -> jdbc.sql("delete from sop where id = ?").param(id).update());
    }

    @Test
    void every_step_from_draft_to_effective_is_an_event_of_the_pemdas_chain_in_order() {
        long before = lastSeq("kota-tangerang");
        SopVersionRecord draft = newSop();
        sops.saveDraft(draft.versionId(), draft.version(), draft.unitId(), draft.content());
        ratification.submit(draft.versionId(), current(draft).version());
        signIn.as(REVIEWER);
        ratification.returnToAuthor(draft.versionId(), current(draft).version(), "Lengkapi Output langkah 3.");
        signIn.as(AUTHOR);
        ratification.submit(draft.versionId(), current(draft).version());
        signIn.as(REVIEWER);
        ratification.approve(draft.versionId(), current(draft).version(), "Paraf");
        signIn.as(SIGNER);
        RatificationState ratified = ratification.ratify(draft.versionId(), current(draft).version(), "baku-demo");

        signIn.as(AUDITOR);
        List<AuditEntry> events = since(before);
        assertThat(events).extracting(AuditEntry::seq).containsExactly(before + 1, before + 2, before + 3, before + 4,
                before + 5, before + 6, before + 7, before + 8);
        assertThat(events).extracting(AuditEntry::action, AuditEntry::actor).containsExactly(
                tuple("sop.created", AUTHOR), tuple("sop.draft-saved", AUTHOR), tuple("sop.submitted", AUTHOR),
                tuple("sop.returned", REVIEWER), tuple("sop.submitted", AUTHOR), tuple("sop.approved", REVIEWER),
                tuple("sop.ratified", SIGNER), tuple("sop.effective", SIGNER));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.subject()).isEqualTo("sop-version:" + draft.versionId());
            assertThat(e.details()).containsEntry("sop", String.valueOf(draft.sopId())).containsEntry("title", "SOP Uji");
        });
        assertThat(events.get(3).details()).containsEntry("from", "submitted").containsEntry("to", "draft")
                .containsEntry("note", "Lengkapi Output langkah 3.").containsEntry("stage", "1");
        assertThat(events.get(5).details()).containsEntry("to", "reviewed").containsEntry("note", "Paraf");
        assertThat(events.get(6).details())
                .containsEntry("number", current(draft).content().number())
                .containsEntry("effectiveOn", current(draft).content().effectiveOn().toString())
                .containsEntry("contentSha256", ratified.signature().contentSha256())
                .containsEntry("signatureMethod", "PASSWORD");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void the_effective_date_job_records_as_baku_and_revising_and_retiring_are_recorded() {
        SopVersionRecord draft = newSop();
        LocalDate inAWeek = LocalDate.now(clock).plusDays(7);
        SopVersionRecord dated = sops.saveDraft(draft.versionId(), draft.version(), draft.unitId(),
                withEffectiveOn(draft.content(), inAWeek));
        ratification.submit(dated.versionId(), dated.version());
        signIn.as(REVIEWER);
        ratification.approve(draft.versionId(), current(draft).version(), null);
        signIn.as(SIGNER);
        ratification.ratify(draft.versionId(), current(draft).version(), "baku-demo");
        long tangerang = tenantId("kota-tangerang");
        long before = lastSeq("kota-tangerang");
        SignIn.out();
        TenantContext.runAs(tangerang, () -> ratification.activateDue(inAWeek));

        signIn.as(AUTHOR);
        long revisionId = ratification.revise(draft.sopId());
        signIn.as("admin.tangerang");
        ratification.retire(draft.versionId(), current(draft).version(), "Diganti SOP baru.");

        signIn.as(AUDITOR);
        assertThat(since(before)).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::subject).containsExactly(
                tuple("sop.effective", "baku", "sop-version:" + draft.versionId()),
                tuple("sop.revised", AUTHOR, "sop-version:" + revisionId),
                tuple("sop.retired", "admin.tangerang", "sop-version:" + draft.versionId()));
        assertThat(since(before).getLast().details()).containsEntry("note", "Diganti SOP baru.")
                .containsEntry("from", "effective").containsEntry("to", "retired");
    }

    @Test
    void designing_sops_and_templates_is_recorded() {
        long before = lastSeq("kota-tangerang");
        SopVersionRecord draft = newSop();
        SopVersionRecord imported = sops.importYaml("uji-audit.yaml",
                new ByteArrayInputStream(sops.exportYaml(draft.versionId()).getBytes(StandardCharsets.UTF_8)));
        created.add(imported.sopId());
        sops.deleteDraft(imported.sopId());
        signIn.as("admin.tangerang");
        TemplateDefinition national = TemplateDefinition.national();
        TemplateVersionRecord template = templates.create(new TemplateDefinition("Template Uji Audit",
                national.description(), national.fields(), national.stepColumns(), national.defaultExecutors(),
                national.paper(), national.letterhead()));
        templates.delete(template.templateId());

        signIn.as(AUDITOR);
        assertThat(since(before)).extracting(AuditEntry::action, AuditEntry::subject).containsExactly(
                tuple("sop.created", "sop-version:" + draft.versionId()),
                tuple("sop.imported", "sop-version:" + imported.versionId()),
                tuple("sop.deleted", "sop:" + imported.sopId()),
                tuple("template.created", "template-version:" + template.versionId()),
                tuple("template.deleted", "template:" + template.templateId()));
        assertThat(since(before).get(1).details()).containsEntry("file", "uji-audit.yaml");
        assertThat(since(before).getLast().details()).containsEntry("name", "Template Uji Audit");
    }

    @Test
    void an_event_for_another_pemda_than_the_one_bound_is_refused_and_nothing_is_recorded() {
        long tangerang = tenantId("kota-tangerang");
        long lamandau = tenantId("kabupaten-lamandau");
        long tangerangBefore = lastSeq("kota-tangerang");
        long lamandauBefore = lastSeq("kabupaten-lamandau");
        TenantContext.runAs(tangerang, () -> assertThatThrownBy(() -> transactions.executeWithoutResult(tx ->
                publisher.publishEvent(event(lamandau)))).isInstanceOf(IllegalStateException.class));
        assertThat(lastSeq("kota-tangerang")).isEqualTo(tangerangBefore);
        assertThat(lastSeq("kabupaten-lamandau")).isEqualTo(lamandauBefore);
    }

    @Test
    void an_event_outside_a_transaction_is_refused_and_one_rolled_back_leaves_no_trace() {
        long tangerang = tenantId("kota-tangerang");
        long before = lastSeq("kota-tangerang");
        TenantContext.runAs(tangerang, () -> assertThatThrownBy(() -> publisher.publishEvent(event(tangerang)))
                .isInstanceOf(IllegalTransactionStateException.class));
        TenantContext.runAs(tangerang, () -> transactions.executeWithoutResult(tx -> {
            publisher.publishEvent(event(tangerang));
            tx.setRollbackOnly();
        }));
        assertThat(lastSeq("kota-tangerang")).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_event where subject = 'sop-version:0'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void a_transaction_inside_another_keeps_its_own_events_and_many_events_commit_together() {
        long tangerang = tenantId("kota-tangerang");
        long before = lastSeq("kota-tangerang");
        TransactionTemplate inner = new TransactionTemplate(transactions.getTransactionManager());
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        TenantContext.runAs(tangerang, () -> transactions.executeWithoutResult(outer -> {
            publisher.publishEvent(event(tangerang));
            // More rows than one INSERT carries: written in several, one chain.
            inner.executeWithoutResult(tx -> IntStream.range(0, 1_201).forEach(i -> publisher.publishEvent(
                    new Audited(tangerang, clock.instant(), "baku", "test.bulk", "bulk:" + i, Map.of("i", "" + i)))));
            outer.setRollbackOnly();
        }));
        assertThat(lastSeq("kota-tangerang")).isEqualTo(before + 1_201);
        assertThat(jdbc.sql("select subject from audit_event where tenant_id = ? and seq > ? order by seq")
                .params(tangerang, before).query(String.class).list())
                .containsExactlyElementsOf(IntStream.range(0, 1_201).mapToObj(i -> "bulk:" + i).toList());
        signIn.as("admin.tangerang");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void only_auditors_and_tenant_admins_see_the_trail_and_only_of_their_own_pemda() {
        String subject = "sop-version:" + newSop().versionId();
        signIn.as("auditor.lamandau");
        long lamandau = tenantId("kabupaten-lamandau");
        assertThat(audit.events(null, 0, 10_000)).extracting(AuditEntry::seq).containsExactlyElementsOf(
                jdbc.sql("select seq from audit_event where tenant_id = ? order by seq desc").param(lamandau)
                        .query(Long.class).list());
        assertThat(audit.events(subject, 0, 10_000)).extracting(AuditEntry::subject).doesNotContain(subject);
        assertThat(audit.verify().intact()).isTrue();

        signIn.as(AUTHOR);
        assertThatThrownBy(() -> audit.events(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.verify()).isInstanceOf(AccessDeniedException.class);
        signIn.as("admin.tangerang");
        assertThat(audit.events(subject, 0, 10)).extracting(AuditEntry::subject).contains(subject);
    }

    private Audited event(long tenantId) {
        return new Audited(tenantId, clock.instant(), "baku", "sop.draft-saved", "sop-version:0", Map.of());
    }

    /** The signed-in auditor's events after a sequence number, oldest first. */
    private List<AuditEntry> since(long seq) {
        return audit.events(null, 0, 500).stream().filter(e -> e.seq() > seq)
                .sorted(java.util.Comparator.comparingLong(AuditEntry::seq)).toList();
    }

    private long lastSeq(String code) {
        return jdbc.sql("select h.last_seq from audit_chain_head h join tenant t on t.id = h.tenant_id where t.code = ?")
                .param(code).query(Long.class).single();
    }

    private long tenantId(String code) {
        return jdbc.sql("select id from tenant where code = ?").param(code).query(Long.class).single();
    }

    private SopVersionRecord newSop() {
        signIn.as(AUTHOR);
        long unitId = sops.list(new SopQuery(null, "59/000.8.3.3", null)).getFirst().unitId();
        SopVersionRecord draft = sops.create(unitId, Sops.fiveSteps());
        created.add(draft.sopId());
        return draft;
    }

    private SopVersionRecord current(SopVersionRecord v) {
        return sops.version(v.versionId()).orElseThrow();
    }

    private static id.baku.design.SopContent withEffectiveOn(id.baku.design.SopContent c, LocalDate on) {
        return new id.baku.design.SopContent(c.number(), c.createdOn(), c.revisedOn(), on, c.approvedBy(), c.title(),
                c.legalBasisIds(), c.qualifications(), c.related(), c.equipment(), c.warnings(), c.recordKeeping(),
                c.summary(), c.purposes(), c.definitions(), c.executors(), c.steps(), c.scope(), c.custom());
    }
}
