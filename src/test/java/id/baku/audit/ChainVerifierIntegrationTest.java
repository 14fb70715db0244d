package id.baku.audit;

import id.baku.shared.audit.Audited;
import id.baku.tenant.NewTenant;
import id.baku.tenant.PaperSize;
import id.baku.tenant.TenantContext;
import id.baku.tenant.TenantKind;
import id.baku.tenant.TenantService;
import id.baku.tenant.TimeZoneCode;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tampering with a pemda's audit rows in the database, as someone with database access would, and
 * the verifier finding where. Everything happens in a pemda made for this test, and every row is
 * put back afterwards, so the shared database keeps intact chains.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainVerifierIntegrationTest {

    private static final String CODE = "kabupaten-uji-audit";

    @Autowired SignIn signIn;
    @Autowired TenantService tenants;
    @Autowired ChainVerifier verifier;
    @Autowired AuditService audit;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired ConfigurableApplicationContext context;

    long tenantId;
    long last;

    @BeforeAll
    void createPemda() {
        signIn.as("platform.demo");
        tenantId = tenants.createTenant(new NewTenant(CODE, "Pemerintah Kabupaten Uji Audit", TenantKind.KABUPATEN,
                TimeZoneCode.WITA, PaperSize.A4, "admin.ujiaudit", "Admin Uji Audit", "rahasia-uji-2026")).id();
        SignIn.out();
    }

    @BeforeEach
    void sixMoreEvents() {
        for (int i = 0; i < 6; i++) {
            append("admin.ujiaudit", "sop.draft-saved", "sop-version:" + (100 + i), Map.of("note", "simpan ke-" + i));
        }
        last = jdbc.sql("select max(seq) from audit_event where tenant_id = ?").param(tenantId).query(Long.class).single();
        assertThat(verifier.check(tenantId)).isEqualTo(ChainCheck.intact(last));
    }

    @AfterEach
    void tearDown() {
        SignIn.out();
        assertThat(verifier.check(tenantId).intact()).as("the test put every row back").isTrue();
    }

    @Test
    void a_new_pemda_starts_an_empty_chain_that_grows_without_gaps() {
        assertThat(jdbc.sql("select last_seq from audit_chain_head where tenant_id = ?").param(tenantId)
                .query(Long.class).single()).isEqualTo(last);
        assertThat(jdbc.sql("select seq from audit_event where tenant_id = ? order by seq").param(tenantId)
                .query(Long.class).list()).startsWith(1L, 2L, 3L).hasSize((int) last);
        assertThat(jdbc.sql("select prev_hash from audit_event where tenant_id = ? and seq = 1").param(tenantId)
                .query(String.class).single()).isEqualTo("0".repeat(64));
    }

    @Test
    void details_changed_in_the_database_are_found_at_that_event() {
        long seq = last - 3;
        String details = column("details", seq);
        try {
            jdbc.sql("update audit_event set details = replace(details, 'simpan', 'hapus') where tenant_id = ? and seq = ?")
                    .params(tenantId, seq).update();
            assertThat(verifier.check(tenantId)).isEqualTo(ChainCheck.broken(seq - 1, seq, ChainBreak.EDITED));
        } finally {
            jdbc.sql("update audit_event set details = ? where tenant_id = ? and seq = ?").params(details, tenantId, seq)
                    .update();
        }
    }

    @Test
    void an_actor_changed_in_the_database_is_found_at_that_event() {
        long seq = last - 1;
        String actor = column("actor", seq);
        try {
            jdbc.sql("update audit_event set actor = 'penyusup' where tenant_id = ? and seq = ?").params(tenantId, seq)
                    .update();
            ChainCheck check = verifier.check(tenantId);
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenSeq()).isEqualTo(seq);
            assertThat(check.reason()).isEqualTo(ChainBreak.EDITED);
        } finally {
            jdbc.sql("update audit_event set actor = ? where tenant_id = ? and seq = ?").params(actor, tenantId, seq)
                    .update();
        }
    }

    @Test
    void a_deleted_event_in_the_middle_is_missing_there() {
        long seq = last - 2;
        Map<String, Object> row = row(seq);
        try {
            delete(seq);
            assertThat(verifier.check(tenantId)).isEqualTo(ChainCheck.broken(seq - 1, seq, ChainBreak.MISSING));
        } finally {
            insert(row);
        }
    }

    @Test
    void a_deleted_last_event_is_missing_because_the_head_remembers_it() {
        Map<String, Object> row = row(last);
        try {
            delete(last);
            assertThat(verifier.check(tenantId)).isEqualTo(ChainCheck.broken(last - 1, last, ChainBreak.MISSING));
        } finally {
            insert(row);
        }
    }

    @Test
    void a_forged_event_appended_with_a_correct_hash_lies_beyond_the_head() {
        String prev = column("hash", last);
        Instant at = AuditHash.stored(clock.instant());
        String details = AuditHash.details(Map.of("note", "disahkan"));
        String hash = AuditHash.hash(prev, last + 1, at, "sekda", "sop.ratified", "sop-version:999", details);
        try {
            jdbc.sql("insert into audit_event (tenant_id, seq, at, actor, action, subject, details, prev_hash, hash) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(tenantId, last + 1, utc(at), "sekda", "sop.ratified", "sop-version:999",
                            details, prev, hash).update();
            assertThat(verifier.check(tenantId)).isEqualTo(ChainCheck.broken(last, last + 1, ChainBreak.INSERTED));
        } finally {
            delete(last + 1);
        }
    }

    @Test
    void an_event_replaced_by_a_well_made_forgery_breaks_the_link_to_the_next() {
        long seq = last - 2;
        Map<String, Object> row = row(seq);
        String prev = column("prev_hash", seq);
        Instant at = AuditHash.stored(clock.instant());
        String details = AuditHash.details(Map.of("note", "dipalsukan"));
        try {
            delete(seq);
            jdbc.sql("insert into audit_event (tenant_id, seq, at, actor, action, subject, details, prev_hash, hash) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(tenantId, seq, utc(at), "admin.ujiaudit", "sop.draft-saved",
                            "sop-version:102", details, prev,
                            AuditHash.hash(prev, seq, at, "admin.ujiaudit", "sop.draft-saved", "sop-version:102", details))
                    .update();
            assertThat(verifier.check(tenantId)).isEqualTo(ChainCheck.broken(seq, seq + 1, ChainBreak.INSERTED));
        } finally {
            delete(seq);
            insert(row);
        }
    }

    @Test
    void two_events_swapped_are_found_where_the_first_one_moved() {
        long a = last - 1;
        long b = last;
        try {
            swap(a, b);
            assertThat(verifier.check(tenantId)).isEqualTo(ChainCheck.broken(a - 1, a, ChainBreak.INSERTED));
        } finally {
            swap(a, b);
        }
    }

    @Test
    void a_chain_head_that_does_not_match_the_last_event_is_found() {
        String hash = jdbc.sql("select last_hash from audit_chain_head where tenant_id = ?").param(tenantId)
                .query(String.class).single();
        try {
            jdbc.sql("update audit_chain_head set last_hash = ? where tenant_id = ?").params("f".repeat(64), tenantId)
                    .update();
            assertThat(verifier.check(tenantId)).isEqualTo(ChainCheck.broken(last, last, ChainBreak.HEAD_MISMATCH));
        } finally {
            jdbc.sql("update audit_chain_head set last_hash = ? where tenant_id = ?").params(hash, tenantId).update();
        }
    }

    @Test
    void the_command_prints_a_line_per_pemda_and_exits_with_1_when_a_chain_is_broken() {
        AuditCommand command = new AuditCommand(verifier, tenants, context);
        Output intact = run(command, CODE + ", kota-tangerang");
        assertThat(intact.status).isZero();
        assertThat(intact.text).contains(CODE + ": intact, " + last + " events", "kota-tangerang: intact, ");

        Output unknown = run(command, "kabupaten-entah");
        assertThat(unknown.status).isEqualTo(1);
        assertThat(unknown.text).contains("kabupaten-entah: no such pemda");

        String details = column("details", 2);
        try {
            jdbc.sql("update audit_event set details = '{}' where tenant_id = ? and seq = 2").param(tenantId).update();
            Output broken = run(command, "all");
            assertThat(broken.status).isEqualTo(1);
            assertThat(broken.text).contains(CODE + ": BROKEN at event 2: the event was changed after it was written",
                    "kabupaten-lamandau: intact", "kota-tangerang: intact");
        } finally {
            jdbc.sql("update audit_event set details = ? where tenant_id = ? and seq = 2").params(details, tenantId).update();
        }
    }

    @Test
    void eight_people_appending_at_once_leave_a_gap_free_verifiable_chain() throws Exception {
        int threads = 8;
        int each = 10;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int person = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        append("staf" + person, "step.completed", "step-execution:" + (person * 100 + i),
                                Map.of("outcome", "ya"));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        }
        long end = last + threads * each;
        assertThat(jdbc.sql("select seq from audit_event where tenant_id = ? and seq > ? order by seq")
                .params(tenantId, last).query(Long.class).list())
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(last + 1, end).boxed().toList());
        assertThat(verifier.check(tenantId)).isEqualTo(ChainCheck.intact(end));
    }

    @Test
    void the_pemdas_tenant_admin_sees_its_events_newest_first_and_can_filter_them() {
        signIn.as("admin.ujiaudit");
        List<AuditEntry> newest = audit.events(null, 0, 3);
        assertThat(newest).extracting(AuditEntry::seq).containsExactly(last, last - 1, last - 2);
        assertThat(newest.getFirst().details()).containsEntry("note", "simpan ke-5");
        assertThat(audit.events("SIMPAN KE-3", 0, 50)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.details().get("note")).isEqualTo("simpan ke-3"));
        assertThat(audit.events("100%", 0, 50)).as("a typed % is no wildcard").isEmpty();
        assertThat(audit.verify()).isEqualTo(ChainCheck.intact(last));
    }

    private void append(String actor, String action, String subject, Map<String, String> details) {
        TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(tx -> publisher.publishEvent(
                new Audited(tenantId, clock.instant(), actor, action, subject, details))));
    }

    /** As the DATETIME(6) column holds it, whatever the JVM's time zone. */
    private static String utc(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(java.time.ZoneOffset.UTC)
                .format(at);
    }

    private String column(String name, long seq) {
        return jdbc.sql("select " + name + " from audit_event where tenant_id = ? and seq = ?").params(tenantId, seq)
                .query(String.class).single();
    }

    private Map<String, Object> row(long seq) {
        return jdbc.sql("select * from audit_event where tenant_id = ? and seq = ?").params(tenantId, seq).query()
                .singleRow();
    }

    private void delete(long seq) {
        jdbc.sql("delete from audit_event where tenant_id = ? and seq = ?").params(tenantId, seq).update();
    }

    private void insert(Map<String, Object> row) {
        jdbc.sql("insert into audit_event (id, tenant_id, seq, at, actor, action, subject, details, prev_hash, hash) "
                        + "values (:id, :tenant_id, :seq, :at, :actor, :action, :subject, :details, :prev_hash, :hash)")
                .params(row).update();
    }

    /** Swaps two events' places; the unique (tenant, seq) key needs a free number in between. */
    private void swap(long a, long b) {
        jdbc.sql("update audit_event set seq = -1 where tenant_id = ? and seq = ?").params(tenantId, a).update();
        jdbc.sql("update audit_event set seq = ? where tenant_id = ? and seq = ?").params(a, tenantId, b).update();
        jdbc.sql("update audit_event set seq = ? where tenant_id = ? and seq = -1").params(b, tenantId).update();
    }

    private Output run(AuditCommand command, String target) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = command.verify(target, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Output(status, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Output(int status, String text) {
    }
}
