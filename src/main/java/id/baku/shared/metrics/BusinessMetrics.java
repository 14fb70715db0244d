package id.baku.shared.metrics;

import id.baku.shared.audit.Audited;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;

/**
 * What a provincial IT team watches besides the JVM: runs started and completed, steps completed and
 * flagged overdue (counted from the audited events once their transaction has committed, so a
 * rolled-back action counts nothing), and PDFs printed. Tagged with the pemda's id; Prometheus adds
 * the replica.
 */
@Component
public class BusinessMetrics {

    /** Audited action → the counter it increments (name, help). */
    private static final Map<String, String[]> COUNTED = Map.of(
            "run.started", new String[]{"baku.runs.started", "SOP runs started"},
            "run.completed", new String[]{"baku.runs.completed", "SOP runs completed"},
            "step.completed", new String[]{"baku.steps.completed", "Steps completed"},
            "step.overdue", new String[]{"baku.steps.overdue", "Steps flagged as past their Mutu Baku time"});

    private final MeterRegistry registry;

    public BusinessMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener
    void on(Audited event) {
        String[] counter = COUNTED.get(event.action());
        if (counter != null) {
            Counter.builder(counter[0]).description(counter[1]).tag("pemda", String.valueOf(event.tenantId()))
                    .register(registry).increment();
        }
    }

    /** This replica took a scheduled job's lease for the period and runs it. */
    public void jobRan(String job) {
        Counter.builder("baku.job.runs").description("Scheduled job periods run by this replica").tag("job", job)
                .register(registry).increment();
    }

    /** Another replica holds the job's period: this replica's tick did nothing. */
    public void jobSkipped(String job) {
        Counter.builder("baku.job.skipped").description("Scheduled job ticks left to the replica holding the period")
                .tag("job", job).register(registry).increment();
    }

    /** A PDF was made for someone: {@code kind} is sheet, register, compliance, monitoring or evaluation. */
    public void pdfPrinted(long tenantId, String kind) {
        Counter.builder("baku.pdf.printed").description("PDFs printed").tag("pemda", String.valueOf(tenantId))
                .tag("kind", kind).register(registry).increment();
    }
}
