package id.baku.compliance;

import id.baku.compliance.domain.StatisticsWriter;
import id.baku.execution.Deviation;
import id.baku.execution.RunCompleted;
import id.baku.execution.RunStarted;
import id.baku.execution.StepCompleted;
import id.baku.tenant.TenantService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Keeps the figures as runs start and steps complete, in the acting transaction: a figure never
 * counts something that rolled back. Months are the pemda's calendar months.
 */
@Component
class ComplianceStatistics {

    /** Buckets of a tenth of the standard time; the last one holds three times the standard and more. */
    static final int LAST_BUCKET = 30;

    private final StatisticsWriter writer;
    private final TenantService tenants;

    ComplianceStatistics(StatisticsWriter writer, TenantService tenants) {
        this.writer = writer;
        this.tenants = tenants;
    }

    @EventListener
    void on(RunStarted e) {
        writer.runStarted(e.tenantId(), e.sopId(), e.unitId(), month(e.tenantId(), e.at()));
    }

    @EventListener
    void on(RunCompleted e) {
        writer.runCompleted(e.tenantId(), e.sopId(), e.unitId(), month(e.tenantId(), e.completedAt()), e.withinStandard());
    }

    @EventListener
    void on(StepCompleted e) {
        long seconds = Math.max(0, Duration.between(e.readyAt(), e.completedAt()).getSeconds());
        writer.stepCompleted(e.tenantId(), e.sopId(), e.unitId(), e.step(), month(e.tenantId(), e.completedAt()), seconds,
                e.standardMinutes(), e.deviations().isEmpty(), e.deviations().contains(Deviation.LATE),
                e.deviations().contains(Deviation.INCOMPLETE), e.deviations().contains(Deviation.NO_OUTPUT),
                bucket(seconds, e.standardMinutes()));
    }

    /** The tenth of the standard the step took (3 min of 10 → 3, 10 min of 10 → 10); none without a Waktu. */
    static Integer bucket(long seconds, int standardMinutes) {
        if (standardMinutes <= 0) {
            return null;
        }
        return (int) Math.min(LAST_BUCKET, seconds * 10 / (standardMinutes * 60L));
    }

    private LocalDate month(long tenantId, Instant at) {
        // One pemda's row, read in the acting transaction: this runs on every step completion.
        return LocalDate.ofInstant(at, tenants.zoneOf(tenantId)).withDayOfMonth(1);
    }
}
