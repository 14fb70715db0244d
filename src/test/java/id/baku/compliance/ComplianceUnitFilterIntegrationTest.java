package id.baku.compliance;

import id.baku.design.SopContent;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.execution.Deviation;
import id.baku.execution.RunCompleted;
import id.baku.execution.RunStarted;
import id.baku.execution.StepCompleted;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's unit filter counts the unit and every unit below it, and nothing of the units above
 * or beside it. The test makes runs (as the execution module's events) of SOPs in five units of Kota
 * Tangerang and works out from the organisation table itself which of them a filter should count.
 */
@IntegrationTest
class ComplianceUnitFilterIntegrationTest {

    /** The filtered unit, a unit below it, one below that, the unit above it and a unit elsewhere. */
    private static final List<String> UNITS = List.of("Bagian Protokol dan Komunikasi Pimpinan",
            "Tim Kerja Komunikasi Pimpinan", "Tim Kreatif", "Sekretariat Daerah",
            "Bidang Diseminasi Informasi Komunikasi Publik");

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired ComplianceService compliance;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void tearDown() {
        made.forEach(id -> jdbc.sql("delete from sop where id = ?").param(id).update());
        SignIn.out();
    }

    /** What one SOP's runs add to the figures. */
    private record Made(long sopId, long unitId, int started, int completed, int steps, int late) {
    }

    @Test
    void a_unit_counts_itself_and_the_units_below_and_nothing_else() {
        signIn.as("admin.tangerang");
        long tenantId = jdbc.sql("select id from tenant where code = 'kota-tangerang'").query(Long.class).single();
        ZoneId zone = ZoneId.of("Asia/Jakarta");
        YearMonth month = YearMonth.now(zone);
        ComplianceFilter filter = new ComplianceFilter(unit(tenantId, UNITS.getFirst()), null, month, month);
        ComplianceFigures before = compliance.figures(filter);

        SopContent seed = sops.latest(sops.list(SopQuery.all()).getFirst().sopId()).orElseThrow().content();
        List<Made> runs = new ArrayList<>();
        Instant at = Instant.now();
        long runId = 1_000_000;
        for (int i = 0; i < UNITS.size(); i++) {
            long unitId = unit(tenantId, UNITS.get(i));
            long sopId = sops.create(unitId, new SopContent(null, null, null, null, null,
                    "Uji filter unit " + i, null, null, null, null, null, null, null, null, null, seed.executors(),
                    seed.steps())).sopId();
            made.add(sopId);
            // Different counts per unit, so that a wrong set of units cannot add up to the right total.
            int started = i + 2;
            int completed = i + 1;
            int late = 0;
            for (int r = 0; r < started; r++, runId++) {
                long run = runId;
                boolean done = r < completed;
                boolean lateStep = r == 0;
                late += lateStep ? 1 : 0;
                inTransaction(() -> {
                    events.publishEvent(new RunStarted(tenantId, run, sopId, unitId, at));
                    events.publishEvent(new StepCompleted(tenantId, run, sopId, unitId, 1, at.minusSeconds(600), at, 5,
                            lateStep ? Set.of(Deviation.LATE) : Set.of()));
                    if (done) {
                        events.publishEvent(new RunCompleted(tenantId, run, sopId, unitId, at, at, !lateStep));
                    }
                });
            }
            runs.add(new Made(sopId, unitId, started, completed, started, late));
        }

        // Which units the filter covers, by walking the organisation table here.
        Set<Long> covered = new HashSet<>(jdbc.sql("with recursive below as (select id from org_unit where id = ? "
                        + "union all select u.id from org_unit u join below b on u.parent_id = b.id) select id from below")
                .param(filter.unitId()).query(Long.class).list());
        List<Made> counted = runs.stream().filter(m -> covered.contains(m.unitId())).toList();
        assertThat(counted).as("the filtered unit and the two below it").hasSize(3);

        ComplianceFigures after = compliance.figures(filter);
        assertThat(after.runsStarted() - before.runsStarted()).isEqualTo(counted.stream().mapToInt(Made::started).sum());
        assertThat(after.runsCompleted() - before.runsCompleted())
                .isEqualTo(counted.stream().mapToInt(Made::completed).sum());
        assertThat(after.stepExecutions() - before.stepExecutions()).isEqualTo(counted.stream().mapToInt(Made::steps).sum());
        assertThat(after.late() - before.late()).isEqualTo(counted.stream().mapToInt(Made::late).sum());
        Map<Long, Integer> executions = new HashMap<>();
        after.steps().forEach(s -> executions.merge(s.sopId(), s.executions(), Integer::sum));
        for (Made m : runs) {
            if (covered.contains(m.unitId())) {
                assertThat(executions).containsEntry(m.sopId(), m.steps());
            } else {
                assertThat(executions).doesNotContainKey(m.sopId());
            }
        }
        assertThat(after.trend()).singleElement().satisfies(t -> assertThat(t.runsStarted() - before.trend().getFirst()
                .runsStarted()).isEqualTo(counted.stream().mapToInt(Made::started).sum()));
    }

    private long unit(long tenantId, String name) {
        return jdbc.sql("select id from org_unit where tenant_id = ? and name = ?").params(tenantId, name)
                .query(Long.class).single();
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> work.run());
    }
}
