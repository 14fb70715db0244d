package id.baku.execution;

import id.baku.design.SopVersions;
import id.baku.design.VersionState;
import id.baku.design.VersionStatus;
import id.baku.security.ActAs;
import id.baku.shared.time.BakuClock;
import id.baku.shared.yaml.YamlMap;
import id.baku.tenant.TenantContext;
import id.baku.tenant.TenantData;
import id.baku.tenant.TenantDataContributor;
import id.baku.tenant.UserRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * A demo pemda's {@code run-history.yaml}: months of runs of its SOPs in force, generated after its first
 * load through the execution service itself — started by the named person, each step completed by a
 * holder of its jabatan at the time it pretends to be, mostly within the Mutu Baku, sometimes late,
 * incomplete, without output or sent back at a decision. So Kepatuhan SOP, the compliance report and the
 * monev forms of a fresh demo show a pemda with history. Runs still under way "now" are left open.
 */
@Component
@Order(30)
class DemoRunHistory implements TenantDataContributor {

    private static final Logger log = LoggerFactory.getLogger(DemoRunHistory.class);

    private final ExecutionService execution;
    private final SopVersions versions;
    private final ActAs actAs;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final JobLeases leases;
    private final boolean enabled;

    DemoRunHistory(ExecutionService execution, SopVersions versions, ActAs actAs, Clock clock,
                   TransactionTemplate transactions, JobLeases leases,
                   @Value("${baku.demo:false}") boolean demo, @Value("${baku.demo-history:true}") boolean history) {
        this.execution = execution;
        this.versions = versions;
        this.actAs = actAs;
        this.clock = clock;
        this.transactions = transactions;
        this.leases = leases;
        this.enabled = demo && history;
    }

    /** One thing to do at a moment: start a run of an SOP, or complete the open step of a run. */
    private record Event(Instant at, long sopId, String title, long runId, StepRecord open, RunDetail detail) {
    }

    /** A pemda loaded in this start whose history is made once the app is up. */
    private record Pending(long tenantId, String code, String starter, int months, int perMonth, int seed, ZoneId zone) {
    }

    private final List<Pending> pending = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Notes the pemda's wish on its first load; the runs are made after start-up, outside the seed's
     * transaction, each step in its own transaction as in real use.
     */
    @Override
    public void load(TenantData data) {
        List<Resource> files = data.files("run-history.yaml");
        if (!enabled || files.isEmpty()) {
            return;
        }
        YamlMap spec;
        try {
            spec = YamlMap.parse(data.code() + "/run-history.yaml", files.getFirst().getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.allowOnly("starter", "months", "runsPerMonth", "seed", "zone");
        pending.add(new Pending(data.tenantId(), data.code(), spec.requiredString("starter"), spec.requiredInt("months"),
                spec.requiredInt("runsPerMonth"), spec.requiredInt("seed"),
                ZoneId.of(spec.optionalString("zone").orElse("Asia/Jakarta"))));
    }

    private final java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();

    /**
     * Makes the noted histories on a thread of its own once the app is up (half a minute for the three
     * samples), so the demo can be used at once; runs appear as their steps are completed.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void generate() {
        if (pending.isEmpty()) {
            done.complete(null);
            return;
        }
        Thread.ofVirtual().name("demo-run-history").start(() -> {
            try {
                holdOverdueJob();
                for (Pending p : pending) {
                    TenantContext.runAs(p.tenantId(), () -> generate(p));
                    holders.clear();
                }
                pending.clear();
                done.complete(null);
            } catch (RuntimeException e) {
                log.error("Demo history could not be made", e);
                done.completeExceptionally(e);
            }
        });
    }

    /**
     * Keeps the overdue job away while history is replayed: by real time every replayed step is long past
     * due, and flagging it in the middle would both lie and collide with its completion.
     */
    private void holdOverdueJob() {
        for (int attempt = 0; attempt < 30 && !leases.take(OverdueJob.LEASE, Duration.ofMinutes(10)); attempt++) {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Completes when the histories of this start are made. */
    java.util.concurrent.CompletableFuture<Void> done() {
        return done;
    }

    private void generate(Pending p) {
        String starter = p.starter();
        int months = p.months();
        int perMonth = p.perMonth();
        Random random = new Random(p.seed());
        ZoneId zone = p.zone();
        Instant now = clock.instant();
        LocalDate firstMonth = LocalDate.ofInstant(now, zone).withDayOfMonth(1).minusMonths(months - 1L);

        PriorityQueue<Event> events = new PriorityQueue<>(Comparator.comparing(Event::at));
        // SopVersions reads inside a transaction only.
        List<VersionState> inForce = transactions.execute(tx -> versions.inStatus(VersionStatus.EFFECTIVE));
        for (VersionState sop : inForce) {
            int n = 0;
            for (int m = 0; m < months; m++) {
                // Busier and quieter months: half to one and a half times the usual number of runs.
                int thisMonth = perMonth / 2 + random.nextInt(perMonth + 1);
                for (int r = 0; r < thisMonth; r++) {
                    Instant start = firstMonth.plusMonths(m).plusDays(random.nextInt(27))
                            .atTime(8 + random.nextInt(3), random.nextInt(60)).atZone(zone).toInstant();
                    if (start.isBefore(now)) {
                        events.add(new Event(start, sop.sopId(), sop.title() + " #" + (++n), 0, null, null));
                    }
                }
            }
        }
        int runs = 0;
        int steps = 0;
        while (!events.isEmpty()) {
            Event event = events.poll();
            try {
                Event next = event.runId() == 0 ? start(event, starter) : complete(event, starter, random);
                if (event.runId() == 0) {
                    runs++;
                } else {
                    steps++;
                }
                if (next != null && next.at().isBefore(now)) {
                    events.add(next);
                }
            } catch (RuntimeException e) {
                // A run that fails stops there; an SOP that cannot start (a Pelaksana nobody holds) has no history.
                log.warn("Demo history of {}: {} stopped ({})", p.code(), event.title(), e.getMessage());
                if (event.runId() == 0) {
                    long sopId = event.sopId();
                    events.removeIf(x -> x.sopId() == sopId);
                }
            }
        }
        log.info("Demo history of {}: {} runs, {} steps completed", p.code(), runs, steps);
    }

    private Event start(Event event, String starter) {
        RunRecord run = BakuClock.at(event.at(), () -> actAs.call(starter,
                () -> execution.start(event.sopId(), event.title(), null)));
        return nextStep(run.id(), event, starter, new Random(run.id()));
    }

    /** Who holds each Pelaksana column of an SOP, asked once per column. */
    private final java.util.Map<String, List<UserRecord>> holders = new java.util.HashMap<>();

    /** Completes the run's open step as one of its holders, as things go in a real office. */
    private Event complete(Event event, String starter, Random random) {
        StepRecord open = event.open();
        var step = event.detail().content().steps().get(open.step() - 1);
        List<UserRecord> people = holders.computeIfAbsent(event.detail().run().versionId() + "/" + step.executor(),
                k -> actAs.call(starter, () -> execution.candidates(open.id())));
        if (people.isEmpty()) {
            throw new IllegalStateException("nobody holds the jabatan of step " + open.step());
        }
        String by = people.get(random.nextInt(people.size())).username();
        List<Boolean> present = open.requirements().stream().map(x -> true).collect(java.util.stream.Collectors.toList());
        if (!present.isEmpty() && random.nextInt(100) < 4) {
            present.set(random.nextInt(present.size()), false);
        }
        String output = step.standard().output() == null || random.nextInt(100) < 3 ? "" : step.standard().output();
        Choice choice = !step.isDecision() ? null : open.attempt() == 1 && random.nextInt(100) < 15 ? Choice.NO : Choice.YES;
        BakuClock.at(event.at(), () -> actAs.call(by, () -> execution.complete(open.id(), open.version(),
                new Completion(present, output, null, choice))));
        return nextStep(event.runId(), event, starter, random);
    }

    private Event nextStep(long runId, Event event, String starter, Random random) {
        RunDetail detail = actAs.call(starter, () -> execution.run(runId));
        StepRecord open = detail.run().status() == RunStatus.RUNNING ? openStep(detail) : null;
        if (open == null) {
            return null;
        }
        return new Event(event.at().plus(duration(open.standardMinutes(), random)), event.sopId(), event.title(), runId,
                open, detail);
    }

    /** Mostly well within the Waktu, sometimes right at it, one in twelve over it (up to two and a half times). */
    private static Duration duration(int standardMinutes, Random random) {
        int standard = standardMinutes > 0 ? standardMinutes : 15;
        int roll = random.nextInt(100);
        double factor = roll < 70 ? 0.3 + random.nextDouble() * 0.65 : roll < 92 ? 0.95 + random.nextDouble() * 0.05
                : 1.1 + random.nextDouble() * 1.4;
        return Duration.ofSeconds(Math.max(60, Math.round(standard * 60 * factor)));
    }

    private static StepRecord openStep(RunDetail detail) {
        return detail.steps().stream().filter(s -> s.status() == StepStatus.OPEN || s.status() == StepStatus.TAKEN)
                .findFirst().orElse(null);
    }
}
