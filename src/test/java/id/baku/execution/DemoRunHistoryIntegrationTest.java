package id.baku.execution;

import id.baku.audit.AuditService;
import id.baku.compliance.ComplianceFigures;
import id.baku.compliance.ComplianceFilter;
import id.baku.compliance.ComplianceService;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo pemda's generated run history (its own database: the other tests see no generated runs): made
 * through the real services, so the kept figures match the rows, deviations occur, the months are spread
 * over the past and the audit chain still verifies.
 */
@SpringBootTest(properties = "baku.demo-history=true")
@Import(SignIn.class)
class DemoRunHistoryIntegrationTest {

    @Autowired SignIn signIn;
    @Autowired ComplianceService compliance;
    @Autowired AuditService audit;
    @Autowired JdbcClient jdbc;
    @Autowired DemoRunHistory history;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_sample_pemda_has_months_of_runs_with_figures_that_match_them() throws Exception {
        history.done().get(5, java.util.concurrent.TimeUnit.MINUTES);
        long tenant = jdbc.sql("select id from tenant where code = 'kota-tangerang'").query(Long.class).single();
        int runs = count("select count(*) from sop_run where tenant_id = ?", tenant);
        int done = count("select count(*) from step_execution e join sop_run r on r.id = e.run_id"
                + " where r.tenant_id = ? and e.status = 'DONE'", tenant);
        int late = count("select count(*) from step_execution e join sop_run r on r.id = e.run_id"
                + " where r.tenant_id = ? and e.deviations like '%LATE%'", tenant);
        int months = count("select count(distinct date_format(started_at, '%Y-%m')) from sop_run where tenant_id = ?", tenant);
        int sopsRun = count("select count(distinct sop_id) from sop_run where tenant_id = ?", tenant);
        assertThat(runs).isGreaterThan(50);
        assertThat(months).isGreaterThanOrEqualTo(7);
        assertThat(sopsRun).as("every SOP in force of the sample").isEqualTo(2);
        assertThat(late).isPositive().isLessThan(done / 3);
        assertThat(count("select count(*) from sop_run where tenant_id = ? and started_at > utc_timestamp(6)", tenant))
                .as("nothing in the future").isZero();

        signIn.as("auditor.tangerang");
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Jakarta"));
        ComplianceFigures f = compliance.figures(new ComplianceFilter(null, null, now.minusMonths(11), now));
        assertThat(f.runsStarted()).isEqualTo(runs);
        assertThat(f.stepExecutions()).isEqualTo(done);
        assertThat(f.late()).isEqualTo(late);
        assertThat(f.stepsWithinShare()).isBetween(0.6, 0.97);
        assertThat(f.trend().stream().filter(m -> m.runsStarted() > 0).count()).isGreaterThanOrEqualTo(7);
        assertThat(audit.verify().intact()).as("the backdated history keeps the audit chain intact").isTrue();
    }

    private int count(String sql, long tenant) {
        return jdbc.sql(sql).param(tenant).query(Integer.class).single();
    }
}
