package id.baku.execution;

import id.baku.shared.metrics.BusinessMetrics;
import id.baku.tenant.TenantContext;
import id.baku.tenant.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Every minute one replica (the one that takes the lease) flags the steps that ran past their due
 * time in every pemda, which puts an audited "overdue" event on each, once.
 */
@Component
class OverdueJob {

    static final String LEASE = "overdue-steps";
    private static final Duration PERIOD = Duration.ofSeconds(55);
    private static final Logger log = LoggerFactory.getLogger(OverdueJob.class);

    private final ExecutionService execution;
    private final TenantService tenants;
    private final JobLeases leases;
    private final BusinessMetrics metrics;

    OverdueJob(ExecutionService execution, TenantService tenants, JobLeases leases, BusinessMetrics metrics) {
        this.execution = execution;
        this.tenants = tenants;
        this.leases = leases;
        this.metrics = metrics;
    }

    @Scheduled(fixedDelayString = "${baku.execution.overdue-check:60s}",
            initialDelayString = "${baku.execution.overdue-initial-delay:30s}")
    void run() {
        runOnce();
    }

    /** Returns the steps flagged, or -1 when another replica has this period. */
    int runOnce() {
        if (!leases.take(LEASE, PERIOD)) {
            metrics.jobSkipped(LEASE);
            return -1;
        }
        metrics.jobRan(LEASE);
        int flagged = 0;
        for (TenantService.PemdaZone pemda : tenants.pemdaZones()) {
            try {
                flagged += TenantContext.callAs(pemda.tenantId(), () -> (int) execution.newlyOverdue().stream()
                        .filter(execution::flagOverdue).count());
            } catch (RuntimeException e) {
                // One pemda's failure must not keep the others' overdue steps unflagged.
                log.error("Flagging overdue steps failed for pemda {}", pemda.tenantId(), e);
            }
        }
        return flagged;
    }
}
