package id.baku.execution;

import id.baku.execution.domain.JobLeaseRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A database lease per scheduled job, so that with several replicas exactly one acts per period: the
 * replica whose UPDATE moves the lease's end forward has it, the others see 0 rows and skip.
 */
@Component
class JobLeases {

    private final JobLeaseRepository leases;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** This replica: host and process, plus a random part for two apps in one JVM (tests). */
    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    JobLeases(JobLeaseRepository leases, TransactionTemplate transactions, Clock clock) {
        this.leases = leases;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** True when this replica now holds {@code job} until {@code period} from now. */
    boolean take(String job, Duration period) {
        Instant now = clock.instant();
        Integer taken = transactions.execute(tx -> leases.take(job, holder, now, now.plus(period)));
        return taken != null && taken == 1;
    }
}
