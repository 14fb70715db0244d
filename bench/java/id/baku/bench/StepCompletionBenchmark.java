package id.baku.bench;

import id.baku.audit.AuditService;
import id.baku.audit.ChainCheck;
import id.baku.design.SopContent;
import id.baku.design.SopService;
import id.baku.design.Step;
import id.baku.design.VersionStatus;
import id.baku.execution.Choice;
import id.baku.execution.Completion;
import id.baku.execution.EffectiveSops;
import id.baku.execution.ExecutionService;
import id.baku.execution.RequirementCheck;
import id.baku.ratification.RatificationService;
import id.baku.shared.database.EmbeddedMariaDb;
import id.baku.tenant.HeldPosition;
import id.baku.tenant.UserRecord;
import id.baku.tenant.UserService;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: how many step completions per second Baku takes from 2 to 32 people at once, through
 * {@link ExecutionService#complete} (one transaction with its audit events, as the UI and the API do), side
 * by side with Flowable 7 running the same SOP as a BPMN process of user tasks on the same MariaDB server.
 *
 * <p>The SOP is a ratified copy of Kota Tangerang's "Peliputan dan Publikasi" (12 steps over three
 * jabatan, a decision at step 10); every completion is made by a real user holding the step's jabatan,
 * with every Kelengkapan item present, an Output, and "YES" at the decision, so each run is 12
 * completions on both sides. Runs are started before each phase and not timed; a phase is N threads, each
 * completing the steps of its own runs one after another with no pause, and the same phase is run for
 * both engines back to back, in alternating order, with the same warm-up, completions and connection pool
 * size.
 */
@IntegrationTest
@Tag("benchmark")
@TestPropertySource(properties = {"baku.data-dir=target/bench-db", "logging.level.id.baku=warn"})
class StepCompletionBenchmark {

    private static final List<Integer> USERS = List.of(2, 4, 8, 16, 32);
    /** Runs per phase: at least this many, and one per thread at least. */
    private static final int MIN_RUNS = 16;
    /** Baku's pool (EmbeddedDatabaseConfiguration); Flowable gets as many connections. */
    private static final int POOL = 10;
    /** Flowable's history level: "full" keeps every variable update, as Baku keeps every step's record. */
    private static final String HISTORY = System.getProperty("bench.flowableHistory", "full");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired RatificationService ratification;
    @Autowired ExecutionService execution;
    @Autowired UserService users;
    @Autowired AuditService audit;
    @Autowired JdbcClient jdbc;
    @Autowired EmbeddedMariaDb db;

    /** What both engines need of the SOP: its content and, per step, who completes it and their jabatan. */
    private record Sop(long sopId, SopContent content, Map<Integer, String> holder, Map<String, List<Long>> held) {
    }

    /** One phase's outcome: completions, wall time and every completion's latency. */
    private record Phase(int completions, double seconds, double[] latencies, long statements, long lockWaitMs) {
        double perSecond() {
            return completions / seconds;
        }
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmupRounds", 10);
    /** The server's handler counters printed per run beside CPU time, to see where each engine's work goes. */
    private static final String[] SERVER_COUNTERS = {"Handler_read_key", "Handler_read_next", "Handler_read_rnd_next",
            "Handler_write", "Handler_update", "Innodb_buffer_pool_read_requests", "Innodb_data_fsyncs", "Com_commit"};

    @Test
    void step_completions_per_second_against_flowable() throws Exception {
        Bench bench = new Bench("step-completion");
        Map<String, String> machine = Bench.machine(jdbc);
        jdbc.sql("DROP DATABASE IF EXISTS flowable").update();
        Sop sop = peliputan();
        long auditedBefore = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'step.completed'")
                .query(Long.class).single();
        try (FlowableEngine flowable = new FlowableEngine(db.jdbcUrl("flowable"), POOL, HISTORY, "peliputan",
                sop.content())) {
            Side baku = new BakuSide(sop);
            Side flow = new FlowableSide(sop, flowable);
            Map<String, Integer> made = new HashMap<>(Map.of(baku.name(), 0, flow.name(), 0));
            Map<String, Integer> runsMade = new HashMap<>(Map.of(baku.name(), 0, flow.name(), 0));

            // Warm-up: JIT, statement caches, buffer pool, both sides alike. With only 2 rounds (384 completions a
            // side) the JIT was still compiling during the 2-user rows, which then cost both sides 2-3 times the
            // CPU per completion of the later rows.
            for (int i = 0; i < WARMUP_ROUNDS; i++) {
                for (Side side : List.of(baku, flow)) {
                    Phase p = phase(side, 4, MIN_RUNS);
                    made.merge(side.name(), p.completions(), Integer::sum);
                    runsMade.merge(side.name(), MIN_RUNS, Integer::sum);
                }
            }
            int repeats = Bench.runs(5);
            List<List<String>> rows = new ArrayList<>();
            for (int threads : USERS) {
                int runs = Math.max(MIN_RUNS, threads);
                Map<String, List<Phase>> phases = new HashMap<>();
                for (int r = 0; r < repeats; r++) {
                    for (Side side : r % 2 == 0 ? List.of(baku, flow) : List.of(flow, baku)) {
                        Phase p = phase(side, threads, runs);
                        phases.computeIfAbsent(side.name(), k -> new ArrayList<>()).add(p);
                        made.merge(side.name(), p.completions(), Integer::sum);
                        runsMade.merge(side.name(), runs, Integer::sum);
                    }
                }
                Summary b = summary(phases.get(baku.name()));
                Summary f = summary(phases.get(flow.name()));
                rows.add(List.of(String.valueOf(threads), String.valueOf(b.completions / repeats),
                        fmt(b.perSecond), fmt(f.perSecond), fmt(b.perSecond / f.perSecond) + "×", fmt(b.p50), fmt(b.p95),
                        fmt(f.p50), fmt(f.p95), fmt(b.statements), fmt(f.statements), fmt(b.lockWaitMs),
                        fmt(f.lockWaitMs)));
                System.out.printf("[bench] %d users: Baku %.1f/s p50 %.1f p95 %.1f ms; Flowable %.1f/s p50 %.1f p95 %.1f ms%n",
                        threads, b.perSecond, b.p50, b.p95, f.perSecond, f.p50, f.p95);
            }
            bench.table("Step completions, Baku and Flowable " + flowableVersion() + " side by side (" + repeats
                            + " runs per row, alternating which goes first)",
                    List.of("users", "completions per run", "Baku /s (median)", "Flowable /s (median)", "ratio",
                            "Baku p50 ms", "Baku p95 ms", "Flowable p50 ms", "Flowable p95 ms",
                            "Baku SQL statements per completion", "Flowable SQL statements per completion",
                            "Baku row lock wait ms per completion", "Flowable row lock wait ms per completion"), rows);

            check(bench, sop, flowable, made, runsMade, auditedBefore);
            bench.note(String.format("Flowable completions tried again after a deadlock: %,d (within the latency of "
                    + "their completion)", flowable.retries()));
        }
        bench.note("SOP: a ratified copy of Kota Tangerang's \"Peliputan dan Publikasi\" (12 steps over 3 jabatan, "
                + "a decision at step 10); every completion by a user holding the step's jabatan, every Kelengkapan "
                + "item present, an Output text, YES at the decision");
        bench.note("Baku: ExecutionService.complete as the UI and the API call it, one transaction: checks, the step "
                + "row, the next step made ready, two hash-chained audit events (step.completed, step.ready) and the "
                + "kept compliance figures; pool of " + POOL + " connections");
        bench.note("Flowable " + flowableVersion() + ": standalone engine (no Spring integration), schema `flowable` "
                + "on the same MariaDB server, databaseSchemaUpdate=true, history level " + HISTORY + ", async executor "
                + "off, HikariCP pool of " + POOL + " at READ COMMITTED (at REPEATABLE READ it deadlocks within "
                + "seconds); a completion is a task query by id and the user's candidate "
                + "groups (the jabatan check) and TaskService.complete(task, user, {kelengkapan, output, choice})");
        bench.note("a run of a row: the runs are started first (untimed), then N threads complete their own runs' "
                + "steps one after another without pause; completions/s = completions / wall time of the run; "
                + "latency = the complete call alone, p50/p95 over every completion of the row's runs; the open "
                + "step is found with one plain SQL query on both sides (Baku step_execution, Flowable ACT_RU_TASK); "
                + "SQL statements per completion: the server's Questions counter over the run / completions, that "
                + "lookup included; row lock wait: the server's Innodb_row_lock_time over the run / completions");
        bench.write(machine);
    }

    /** One side of the comparison: runs started untimed, then their open steps found and completed. */
    private abstract static class Side {
        final String name;
        final Sop sop;
        /** Runs started so far, for their titles. */
        int started;

        Side(String name, Sop sop) {
            this.name = name;
            this.sop = sop;
        }

        String name() {
            return name;
        }

        abstract List<String> start(int runs);

        /** Finds the run's open step and completes it, returning the nanoseconds of the completion; -1 when done. */
        abstract long completeNext(String run);
    }

    /** Baku through its application service, signed in as the holder of each step's jabatan. */
    private final class BakuSide extends Side {

        private final Map<String, Authentication> sessions = new ConcurrentHashMap<>();

        BakuSide(Sop sop) {
            super("Baku", sop);
        }

        @Override
        List<String> start(int runs) {
            signIn.as(sop.holder().get(1));
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                ids.add(String.valueOf(execution.start(sop.sopId(), "Peliputan uji " + ++started, null).id()));
            }
            SignIn.out();
            return ids;
        }

        @Override
        long completeNext(String run) {
            Optional<long[]> open = jdbc.sql("SELECT id, version, step FROM step_execution WHERE run_id = ? "
                    + "AND status <> 'DONE'").param(Long.parseLong(run))
                    .query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)}).optional();
            if (open.isEmpty()) {
                return -1;
            }
            int step = (int) open.get()[2];
            Step s = sop.content().steps().get(step - 1);
            // As the user's HTTP session does: signed in once, the same authentication on every request.
            SecurityContextHolder.getContext().setAuthentication(sessions.computeIfAbsent(sop.holder().get(step), user -> {
                signIn.as(user);
                return SecurityContextHolder.getContext().getAuthentication();
            }));
            Completion completion = new Completion(s.standard().requirements().stream().map(r -> true).toList(),
                    "Hasil langkah " + step, null, s.isDecision() ? Choice.YES : null);
            long start = System.nanoTime();
            execution.complete(open.get()[0], (int) open.get()[1], completion);
            long nanos = System.nanoTime() - start;
            SignIn.out();
            return nanos;
        }
    }

    /** Flowable with the same people, jabatan as candidate groups, and the same values as variables. */
    private static final class FlowableSide extends Side {
        private final FlowableEngine engine;

        FlowableSide(Sop sop, FlowableEngine engine) {
            super("Flowable", sop);
            this.engine = engine;
        }

        @Override
        List<String> start(int runs) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                ids.add(engine.start("Peliputan uji " + ++started));
            }
            return ids;
        }

        @Override
        long completeNext(String run) {
            Optional<FlowableEngine.Pending> open = engine.next(run);
            if (open.isEmpty()) {
                return -1;
            }
            int step = open.get().step();
            Step s = sop.content().steps().get(step - 1);
            String user = sop.holder().get(step);
            List<String> groups = sop.held().get(user).stream().map(p -> "position-" + p).toList();
            Map<String, Object> variables = new HashMap<>();
            variables.put("kelengkapan", JSON.writeValueAsString(s.standard().requirements().stream()
                    .map(item -> new RequirementCheck(item, true)).toList()));
            variables.put("output", "Hasil langkah " + step);
            if (s.isDecision()) {
                variables.put("choice", Choice.YES.name());
            }
            long start = System.nanoTime();
            engine.complete(open.get(), user, groups, variables);
            return System.nanoTime() - start;
        }
    }

    /** Starts {@code runs} runs, then {@code threads} threads complete them to the end, each its own share. */
    private Phase phase(Side side, int threads, int runs) throws Exception {
        List<String> started = side.start(runs);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                futures.add(pool.submit(() -> {
                    List<Long> nanos = new ArrayList<>();
                    go.await();
                    for (int i = first; i < started.size(); i += threads) {
                        for (long n = side.completeNext(started.get(i)); n >= 0; n = side.completeNext(started.get(i))) {
                            nanos.add(n);
                        }
                    }
                    return nanos;
                }));
            }
            long statements = status("Questions");
            long lockWait = status("Innodb_row_lock_time");
            long[] before = Arrays.stream(SERVER_COUNTERS).mapToLong(this::status).toArray();
            long jvmCpu = jvmCpuNanos();
            long dbCpu = mariadbCpuTicks();
            long start = System.nanoTime();
            go.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            StringBuilder work = new StringBuilder();
            for (int k = 0; k < SERVER_COUNTERS.length; k++) {
                work.append(String.format(Locale.ROOT, " %s=%.1f", SERVER_COUNTERS[k],
                        (double) (status(SERVER_COUNTERS[k]) - before[k]) / all.size()));
            }
            System.out.printf(Locale.ROOT, "[bench] server work per completion, %s %d users: jvmCpuMs=%.2f dbCpuMs=%.2f%s%n",
                    side.name(), threads, (jvmCpuNanos() - jvmCpu) / 1e6 / all.size(),
                    (mariadbCpuTicks() - dbCpu) * 10.0 / all.size(), work);
            // Less the status queries themselves.
            return new Phase(all.size(), seconds, all.stream().mapToDouble(n -> n / 1e6).toArray(),
                    status("Questions") - statements - 2, status("Innodb_row_lock_time") - lockWait);
        } finally {
            pool.shutdown();
        }
    }

    private record Summary(int completions, double perSecond, double p50, double p95, double statements,
                           double lockWaitMs) {
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** utime + stime of this JVM's own mariadbd (the embedded server), in clock ticks (1/100 s); -1 without one. */
    private static long mariadbCpuTicks() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().filter(c -> c.endsWith("/mariadbd")).isPresent())
                .findFirst().map(p -> {
                    try {
                        String[] f = Files.readString(Path.of("/proc", String.valueOf(p.pid()), "stat")).split("\\) ")[1]
                                .split(" ");
                        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    } catch (IOException gone) {
                        return -1L;
                    }
                }).orElse(-1L);
    }

    /**
     * A counter of the MariaDB server (statements received, milliseconds spent waiting for row locks…), of
     * everyone: nothing else runs meanwhile.
     */
    private long status(String name) {
        return jdbc.sql("SHOW GLOBAL STATUS LIKE '" + name + "'").query((rs, i) -> rs.getLong(2)).single();
    }

    /** Median completions per second over the runs; latency percentiles over all their completions. */
    private static Summary summary(List<Phase> phases) {
        double[] rates = phases.stream().mapToDouble(Phase::perSecond).sorted().toArray();
        double[] latencies = phases.stream().flatMapToDouble(p -> Arrays.stream(p.latencies())).sorted().toArray();
        int completions = phases.stream().mapToInt(Phase::completions).sum();
        return new Summary(completions, Bench.percentile(rates, 0.5), Bench.percentile(latencies, 0.5),
                Bench.percentile(latencies, 0.95),
                (double) phases.stream().mapToLong(Phase::statements).sum() / completions,
                (double) phases.stream().mapToLong(Phase::lockWaitMs).sum() / completions);
    }

    /**
     * The data after the benchmark: every run of both sides ended, Baku's done step executions and
     * step.completed audit events, and Flowable's finished historic tasks, each equal to the completions
     * made; every pemda's audit chain verifies.
     */
    private void check(Bench bench, Sop sop, FlowableEngine flowable, Map<String, Integer> made,
                       Map<String, Integer> runs, long auditedBefore) {
        int steps = sop.content().steps().size();
        assertThat(made.get("Baku")).as("completions made").isEqualTo(runs.get("Baku") * steps);
        assertThat(made.get("Flowable")).isEqualTo(runs.get("Flowable") * steps);
        long done = jdbc.sql("SELECT COUNT(*) FROM step_execution e JOIN sop_run r ON r.id = e.run_id "
                + "WHERE r.sop_id = ? AND e.status = 'DONE'").param(sop.sopId()).query(Long.class).single();
        long completedRuns = jdbc.sql("SELECT COUNT(*) FROM sop_run WHERE sop_id = ? AND status = 'COMPLETED'")
                .param(sop.sopId()).query(Long.class).single();
        long audited = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'step.completed'").query(Long.class)
                .single() - auditedBefore;
        assertThat(done).as("Baku step executions done").isEqualTo((long) made.get("Baku"));
        assertThat(completedRuns).as("Baku runs completed").isEqualTo((long) runs.get("Baku"));
        assertThat(audited).as("step.completed audit events").isEqualTo((long) made.get("Baku"));
        List<String> chains = new ArrayList<>();
        for (String auditor : List.of("auditor.tangerang", "auditor.lamandau", "auditor.mojokerto")) {
            signIn.as(auditor);
            ChainCheck chain = audit.verify();
            assertThat(chain.intact()).as("audit chain of " + auditor).isTrue();
            chains.add(String.format("%s %,d events", auditor.substring(auditor.indexOf('.') + 1), chain.eventsChecked()));
        }
        SignIn.out();
        var history = flowable.engine().getHistoryService();
        long tasks = history.createHistoricTaskInstanceQuery().processDefinitionKey("peliputan").finished().count();
        long instances = history.createHistoricProcessInstanceQuery().processDefinitionKey("peliputan").finished().count();
        long open = flowable.engine().getTaskService().createTaskQuery().count();
        assertThat(tasks).as("Flowable historic tasks finished").isEqualTo((long) made.get("Flowable"));
        assertThat(instances).as("Flowable process instances finished").isEqualTo((long) runs.get("Flowable"));
        assertThat(open).as("Flowable tasks left open").isZero();
        bench.note(String.format("checked after the runs: Baku %,d completions = %,d step executions done = %,d "
                        + "step.completed audit events, %,d runs completed; audit chains intact (%s); Flowable %,d "
                        + "completions = %,d finished historic tasks, %,d finished process instances, no open task",
                made.get("Baku"), done, audited, completedRuns, String.join(", ", chains), made.get("Flowable"), tasks,
                instances));
    }

    /**
     * The SOP copy in force, and for each step the user who completes it: the first (by username) enabled
     * holder of its jabatan, with the jabatan each of them holds.
     */
    private Sop peliputan() {
        long sopId = EffectiveSops.peliputan(signIn, sops, ratification);
        signIn.as("admin.tangerang");
        long versionId = sops.history(sopId).stream().filter(v -> v.status() == VersionStatus.EFFECTIVE).findFirst()
                .orElseThrow().versionId();
        SopContent content = sops.version(versionId).orElseThrow().content();
        Map<Integer, String> holder = new HashMap<>();
        Map<String, List<Long>> held = new HashMap<>();
        for (int n = 1; n <= content.steps().size(); n++) {
            Long position = content.executors().get(content.steps().get(n - 1).executor() - 1).positionId();
            assertThat(position).as("step %d's Pelaksana is a jabatan", n).isNotNull();
            UserRecord user = users.holdersOf(position).stream().min(Comparator.comparing(UserRecord::username))
                    .orElseThrow();
            holder.put(n, user.username());
            held.put(user.username(), user.positions().stream().map(HeldPosition::positionId).toList());
        }
        SignIn.out();
        assertThat(IntStream.rangeClosed(1, content.steps().size()).mapToObj(holder::get).distinct()).hasSizeGreaterThan(1);
        return new Sop(sopId, content, holder, held);
    }

    private static String flowableVersion() {
        return org.flowable.engine.ProcessEngine.class.getPackage().getImplementationVersion() == null ? "7.2.0"
                : org.flowable.engine.ProcessEngine.class.getPackage().getImplementationVersion();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
