package id.baku.compliance.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * Adds to the kept figures with one {@code INSERT … ON DUPLICATE KEY UPDATE} each (MySQL 8 and
 * MariaDB alike): two steps completing at once in the same month both count, without a read first.
 * Hand-written SQL bypasses Hibernate's tenant filter, so every statement names its pemda itself.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class StatisticsWriter {

    private final JdbcClient jdbc;

    StatisticsWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void runStarted(long tenantId, long sopId, long unitId, LocalDate month) {
        jdbc.sql("INSERT INTO run_statistic (tenant_id, sop_id, unit_id, month, started) VALUES (?, ?, ?, ?, 1) "
                        + "ON DUPLICATE KEY UPDATE started = started + 1")
                .params(tenantId, sopId, unitId, month).update();
    }

    public void runCompleted(long tenantId, long sopId, long unitId, LocalDate month, boolean within) {
        int w = within ? 1 : 0;
        jdbc.sql("INSERT INTO run_statistic (tenant_id, sop_id, unit_id, month, completed, completed_within) "
                        + "VALUES (?, ?, ?, ?, 1, ?) "
                        + "ON DUPLICATE KEY UPDATE completed = completed + 1, completed_within = completed_within + ?")
                .params(tenantId, sopId, unitId, month, w, w).update();
    }

    public void stepCompleted(long tenantId, long sopId, long unitId, int step, LocalDate month, long seconds,
                              int standardMinutes, boolean within, boolean late, boolean incomplete, boolean noOutput,
                              Integer bucket) {
        jdbc.sql("INSERT INTO step_statistic (tenant_id, sop_id, unit_id, step, month, executions, within_standard, "
                        + "late, incomplete, no_output, total_seconds, standard_minutes) "
                        + "VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE executions = executions + 1, within_standard = within_standard + ?, "
                        + "late = late + ?, incomplete = incomplete + ?, no_output = no_output + ?, "
                        + "total_seconds = total_seconds + ?, standard_minutes = ?")
                .params(tenantId, sopId, unitId, step, month, one(within), one(late), one(incomplete), one(noOutput),
                        seconds, standardMinutes, one(within), one(late), one(incomplete), one(noOutput), seconds,
                        standardMinutes)
                .update();
        if (bucket != null) {
            jdbc.sql("INSERT INTO step_statistic_bucket (tenant_id, sop_id, step, month, bucket, executions) "
                            + "VALUES (?, ?, ?, ?, ?, 1) ON DUPLICATE KEY UPDATE executions = executions + 1")
                    .params(tenantId, sopId, step, month, bucket).update();
        }
    }

    private static int one(boolean flag) {
        return flag ? 1 : 0;
    }
}
