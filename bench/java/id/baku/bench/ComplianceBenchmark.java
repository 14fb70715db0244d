package id.baku.bench;

import id.baku.compliance.ComplianceFigures;
import id.baku.compliance.ComplianceFilter;
import id.baku.compliance.ComplianceService;
import id.baku.compliance.MonthFigure;
import id.baku.compliance.StepFigure;
import id.baku.design.SopContent;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.design.SopVersionRecord;
import id.baku.tenant.TenantService;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 8: the compliance dashboard of a pemda with a million step executions over twelve months, and
 * the CSV/XLSX export of that year. Kota Tangerang's three sample SOPs are copied into {@value #SOPS}
 * SOPs in force spread over its units; their runs are generated straight into the database (see
 * {@link ComplianceData}), the kept figures derived from those rows, and then checked against counts
 * taken from the raw rows before anything is timed.
 */
@IntegrationTest
@Tag("benchmark")
@TestPropertySource(properties = {"baku.data-dir=target/bench-db", "logging.level.id.baku=warn"})
class ComplianceBenchmark {

    private static final String PEMDA = "kota-tangerang";
    private static final int SOPS = 45;
    private static final int STEP_EXECUTIONS = Integer.getInteger("bench.stepExecutions", 1_000_000);
    /** The unit filter: a bagian with two tim kerja below it. */
    private static final String UNIT = "Bagian Protokol dan Komunikasi Pimpinan";

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired ComplianceService compliance;
    @Autowired TenantService tenants;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void compliance_dashboard_and_export_at_a_million_step_executions() throws Exception {
        Bench bench = new Bench("compliance");
        Map<String, String> machine = Bench.machine(jdbc);
        signIn.as("admin.tangerang");
        long tenantId = jdbc.sql("SELECT id FROM tenant WHERE code = ?").param(PEMDA).query(Long.class).single();
        ZoneId zone = tenants.currentProfile().timeZone().zone();
        YearMonth thisMonth = YearMonth.now(zone);
        YearMonth first = thisMonth.minusMonths(12);
        YearMonth last = thisMonth.minusMonths(1);
        Instant from = first.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = thisMonth.atDay(1).atStartOfDay(zone).toInstant();
        assertThat(zone.getRules().isFixedOffset() || zone.getRules().nextTransition(from) == null
                || zone.getRules().nextTransition(from).getInstant().isAfter(to)).as("no daylight saving in " + zone).isTrue();

        List<ComplianceData.Sop> inForce = copies(tenantId);
        List<String> users = jdbc.sql("SELECT username FROM app_user WHERE tenant_id = ? ORDER BY username")
                .param(tenantId).query(String.class).list();
        ComplianceData data = new ComplianceData(dataSource, jdbc, tenantId, users);
        long start = System.nanoTime();
        long firstRun = data.generate(inForce, from, to, STEP_EXECUTIONS);
        long generated = System.nanoTime();
        data.deriveStatistics(firstRun, zone.getRules().getOffset(from).getTotalSeconds());
        long derived = System.nanoTime();
        long runs = jdbc.sql("SELECT COUNT(*) FROM sop_run WHERE tenant_id = ?").param(tenantId).query(Long.class).single();
        long steps = jdbc.sql("SELECT COUNT(*) FROM step_execution WHERE tenant_id = ?").param(tenantId).query(Long.class)
                .single();
        bench.note(String.format("data: %,d step executions in %,d runs of %d SOPs in force over %d units of %s, "
                        + "%s to %s; generated in %.0f s, kept figures derived in %.0f s", steps, runs, inForce.size(),
                inForce.stream().map(ComplianceData.Sop::unitId).distinct().count(), PEMDA, first, last,
                (generated - start) / 1e9, (derived - generated) / 1e9));

        long unitId = jdbc.sql("SELECT id FROM org_unit WHERE tenant_id = ? AND name = ?").params(tenantId, UNIT)
                .query(Long.class).single();
        long busiest = inForce.getFirst().sopId();
        signIn.as("auditor.tangerang");
        ComplianceFilter all = new ComplianceFilter(null, null, first, last);
        ComplianceFilter unit = new ComplianceFilter(unitId, null, first, last);
        ComplianceFilter sop = new ComplianceFilter(null, busiest, first, last);
        check(bench, all, "", List.of(), tenantId, zone);
        check(bench, unit, "AND r.unit_id IN (SELECT id FROM below)", List.of(), tenantId, zone);
        check(bench, sop, "AND r.sop_id = ?", List.of(busiest), tenantId, zone);

        int runsEach = Bench.runs(30);
        bench.measure("figures(): whole pemda, 12 months", 10, runsEach, () -> summary(compliance.figures(all)));
        bench.measure("figures(): one unit and the units below, 12 months", 10, runsEach,
                () -> summary(compliance.figures(unit)));
        bench.measure("figures(): one SOP (the busiest), 12 months", 10, runsEach, () -> summary(compliance.figures(sop)));

        // The exports of the whole year, written to a stream that only counts (the server's side of a download).
        bench.measure("CSV export: whole pemda, 12 months", 1, Bench.runs(5), () -> {
            Counting out = new Counting();
            compliance.csv(all, zone, key -> key, out);
            return String.format("%,d rows, %,d MB", out.lines - 1, out.bytes / (1024 * 1024));
        });
        bench.measure("XLSX export: whole pemda, 12 months", 1, Bench.runs(3), () -> {
            Counting out = new Counting();
            compliance.xlsx(all, zone, key -> key, out);
            return String.format("%,d MB", out.bytes / (1024 * 1024));
        });
        bench.note("exports: written to a discarding stream in a JVM whose heap is capped at "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB (-Xmx); the old gen peak is the most the "
                + "heap held on to during the measured runs");
        bench.write(machine);
    }

    /** Counts the bytes and lines written to it, and drops them. */
    private static final class Counting extends java.io.OutputStream {
        long bytes;
        long lines;

        @Override
        public void write(int b) {
            bytes++;
            lines += b == '\n' ? 1 : 0;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            for (int i = off; i < off + len; i++) {
                lines += b[i] == '\n' ? 1 : 0;
            }
        }
    }

    /**
     * The SOPs the runs are of: copies of the pemda's sample SOPs made through the designer's service,
     * spread over every unit, then put in force directly (ratifying 45 SOPs through their approval
     * routes would only slow the set-up). The busiest SOP comes first.
     */
    private List<ComplianceData.Sop> copies(long tenantId) {
        List<SopSummary> seeds = sops.list(SopQuery.all());
        List<Long> units = jdbc.sql("SELECT id FROM org_unit WHERE tenant_id = ? ORDER BY id").param(tenantId)
                .query(Long.class).list();
        List<ComplianceData.Sop> made = new ArrayList<>();
        for (int i = 0; i < SOPS; i++) {
            SopContent seed = sops.latest(seeds.get(i % seeds.size()).sopId()).orElseThrow().content();
            String number = (100 + i) + "/000.8.3.3/I/2026";
            SopContent copy = new SopContent(number, seed.createdOn(), seed.revisedOn(), seed.effectiveOn(),
                    seed.approvedBy(), seed.title() + " (" + (i + 1) + ")", seed.legalBasisIds(), seed.qualifications(),
                    seed.related(), seed.equipment(), seed.warnings(), seed.recordKeeping(), seed.summary(),
                    seed.purposes(), seed.definitions(), seed.executors(), seed.steps(), seed.scope(), seed.custom());
            long unitId = units.get(i % units.size());
            SopVersionRecord v = sops.create(unitId, copy);
            jdbc.sql("UPDATE sop_version SET status = 'EFFECTIVE', number = ? WHERE id = ?").params(number, v.versionId())
                    .update();
            made.add(new ComplianceData.Sop(v.sopId(), v.versionId(), unitId, copy));
        }
        return made;
    }

    /**
     * figures() against counts taken straight from sop_run and step_execution, with the period's
     * bounds computed here in Java and the unit tree walked in SQL: independent of both the kept figures
     * and the way they were derived.
     */
    private void check(Bench bench, ComplianceFilter filter, String scope, List<Object> scopeParams, long tenantId,
                       ZoneId zone) {
        ComplianceFigures f = compliance.figures(filter);
        Instant from = filter.from().atDay(1).atStartOfDay(zone).toInstant();
        Instant to = filter.to().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        String with = "WITH RECURSIVE below AS (SELECT id FROM org_unit WHERE id = " + (filter.unitId() == null ? 0
                : filter.unitId()) + " UNION ALL SELECT u.id FROM org_unit u JOIN below b ON u.parent_id = b.id) ";
        List<Object> params = new ArrayList<>(List.of(tenantId, utc(from), utc(to)));
        params.addAll(scopeParams);
        long started = count(with + "SELECT COUNT(*) FROM sop_run r WHERE r.tenant_id = ? AND r.started_at >= ? "
                + "AND r.started_at < ? " + scope, params);
        String completed = "FROM sop_run r WHERE r.tenant_id = ? AND r.status = 'COMPLETED' AND r.completed_at >= ? "
                + "AND r.completed_at < ? " + scope;
        long runsCompleted = count(with + "SELECT COUNT(*) " + completed, params);
        long runsWithin = count(with + "SELECT COUNT(*) " + completed + " AND NOT EXISTS (SELECT 1 FROM step_execution x "
                + "WHERE x.run_id = r.id AND x.deviations <> '')", params);
        String done = "FROM step_execution e JOIN sop_run r ON r.id = e.run_id WHERE e.tenant_id = ? AND e.status = 'DONE' "
                + "AND e.completed_at >= ? AND e.completed_at < ? " + scope;
        Map<String, Object> totals = jdbc.sql(with + "SELECT COUNT(*) AS n, SUM(e.deviations = '') AS within_, "
                        + "SUM(e.deviations LIKE '%LATE%') AS late, SUM(e.deviations LIKE '%INCOMPLETE%') AS incomplete, "
                        + "SUM(e.deviations LIKE '%NO_OUTPUT%') AS no_output " + done)
                .params(params).query().singleRow();
        assertThat(f.runsStarted()).as("runs started").isEqualTo(started);
        assertThat(f.runsCompleted()).as("runs completed").isEqualTo(runsCompleted);
        assertThat(f.runsCompletedWithin()).as("runs completed within").isEqualTo(runsWithin);
        assertThat((long) f.stepExecutions()).as("step executions").isEqualTo(number(totals.get("n")));
        assertThat((long) f.stepsWithinStandard()).as("steps within").isEqualTo(number(totals.get("within_")));
        assertThat((long) f.late()).as("late").isEqualTo(number(totals.get("late")));
        assertThat((long) f.incomplete()).as("incomplete").isEqualTo(number(totals.get("incomplete")));
        assertThat((long) f.noOutput()).as("no output").isEqualTo(number(totals.get("no_output")));
        assertThat(f.stepExecutions()).as("the scope has data").isPositive();

        // Every step's count and average time.
        record Raw(long sopId, int step, long n, long seconds) {
        }
        List<Raw> raw = jdbc.sql(with + "SELECT r.sop_id, e.step, COUNT(*), SUM(GREATEST(0, TIMESTAMPDIFF(SECOND, "
                        + "e.ready_at, e.completed_at))) " + done + " GROUP BY r.sop_id, e.step")
                .params(params).query((rs, i) -> new Raw(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4))).list();
        assertThat(f.steps()).hasSize(raw.size());
        for (Raw r : raw) {
            StepFigure figure = f.steps().stream().filter(s -> s.sopId() == r.sopId() && s.step() == r.step()).findFirst()
                    .orElseThrow();
            assertThat((long) figure.executions()).isEqualTo(r.n());
            assertThat(figure.averageMinutes()).isCloseTo(r.seconds() / 60.0 / r.n(), within(1e-6));
        }
        // The monthly trend.
        for (MonthFigure m : f.trend()) {
            List<Object> month = new ArrayList<>(List.of(tenantId, utc(m.month().atDay(1).atStartOfDay(zone).toInstant()),
                    utc(m.month().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())));
            month.addAll(scopeParams);
            assertThat((long) m.stepExecutions()).as("steps in " + m.month()).isEqualTo(count(with + "SELECT COUNT(*) " + done, month));
            assertThat((long) m.runsStarted()).as("runs started in " + m.month()).isEqualTo(count(with
                    + "SELECT COUNT(*) FROM sop_run r WHERE r.tenant_id = ? AND r.started_at >= ? AND r.started_at < ? "
                    + scope, month));
        }
        bench.note(String.format("checked against the raw rows (%s): %s", describe(filter), summary(f)));
    }

    private long count(String sql, List<Object> params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static String describe(ComplianceFilter f) {
        return f.unitId() != null ? "unit " + UNIT + " and below" : f.sopId() != null ? "SOP " + f.sopId() : "whole pemda";
    }

    private static String summary(ComplianceFigures f) {
        return String.format("%,d runs started, %,d completed (%,d within), %,d step executions, %d step rows",
                f.runsStarted(), f.runsCompleted(), f.runsCompletedWithin(), f.stepExecutions(), f.steps().size());
    }
}
