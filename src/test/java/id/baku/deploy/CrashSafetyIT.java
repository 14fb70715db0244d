package id.baku.deploy;

import id.baku.shared.database.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety: the packaged jar completes steps under load from several API clients and is killed with
 * SIGKILL at a random (seeded, logged) moment; after a restart every acknowledged completion is there exactly
 * once, every completion whose answer was lost is either wholly there (step done, next step ready, audit
 * events) or wholly absent, each pemda's audit chain verifies with the jar's own command, and Baku serves and
 * completes steps again. Once against a MariaDB of the test's (production-like, the server also killed once, as
 * a power cut would), once in the zero-setup mode where Baku starts its own MariaDB, which outlives a killed
 * Baku and must not keep the next start from working.
 *
 * <p>{@code -Dcrash.seed=…} repeats a run's kill moments and client choices (not the exact interleaving).
 */
class CrashSafetyIT {

    private static final long SEED = Long.getLong("crash.seed", System.currentTimeMillis());
    private static final Path WORK = Path.of("target/crash-safety").toAbsolutePath();
    private static final List<String> PEMDA = List.of("kota-tangerang", "kabupaten-lamandau");
    private static final int CLIENTS = 6;

    private final List<BakuProcess> started = new ArrayList<>();
    private long seed;
    private Random random;
    private EmbeddedMariaDb db;

    @BeforeEach
    void seed(TestInfo test) {
        seed = SEED + test.getDisplayName().hashCode();
        random = new Random(seed);
        log(test.getDisplayName() + ": seed " + SEED + " (rerun with -Dcrash.seed=" + SEED + ")");
    }

    @AfterEach
    void stopEverythingStarted() {
        started.forEach(BakuProcess::stop);
        if (db != null) {
            db.shutdown();
        }
        // A server orphaned by a failed zero-setup test would keep its folder locked for the next run.
        EmbeddedMariaDbProcess.stopLeftover(WORK.resolve("zero-setup/data/db"));
    }

    @Test
    void acknowledged_completions_survive_killing_the_app_and_then_the_database_server() throws Exception {
        Path root = WORK.resolve("production");
        deleteRecursively(root.resolve("db"));
        db = EmbeddedMariaDb.start(root, false);
        try (Connection c = connect(db.jdbcUrl("baku"));
             ResultSet rs = c.createStatement().executeQuery("select @@innodb_flush_log_at_trx_commit")) {
            rs.next();
            assertThat(rs.getInt(1)).as("every commit is flushed to the redo log").isEqualTo(1);
        }
        BakuProcess app = launch(root.resolve("app-1"), db.jdbcUrl("baku"));
        Scenario scenario = new Scenario(app, running -> db.jdbcUrl("baku"));

        Ledger first = scenario.loadUntilKilled(this::killApp);
        app = launch(root.resolve("app-2"), db.jdbcUrl("baku"));
        scenario.restarted(app, first);

        Ledger second = scenario.loadUntilKilled(running -> {
            // A power cut: the database server dies without a word, the app a moment later.
            EmbeddedMariaDbProcess.of(root.resolve("db")).orElseThrow().destroyForcibly();
            killApp(running);
        });
        db.shutdown();
        db = EmbeddedMariaDb.start(root, false); // InnoDB crash recovery
        app = launch(root.resolve("app-3"), db.jdbcUrl("baku"));
        scenario.restarted(app, second);

        scenario.auditChainsVerify(root.resolve("verify"), db.jdbcUrl("baku"), root.resolve("verify/data"));
    }

    @Test
    void zero_setup_baku_killed_mid_load_restarts_over_its_orphaned_database_server() throws Exception {
        Path root = WORK.resolve("zero-setup");
        Path data = root.resolve("data");
        deleteRecursively(data.resolve("db"));
        deleteRecursively(data.resolve("attachments"));
        BakuProcess app = launch(root.resolve("app-1"), null, data);
        Scenario scenario = new Scenario(app, CrashSafetyIT::embeddedJdbcUrl);

        Ledger ledger = scenario.loadUntilKilled(this::killApp);
        ProcessHandle orphan = EmbeddedMariaDbProcess.of(data.resolve("db")).orElse(null);
        assertThat(orphan).as("the MariaDB server that the killed Baku started outlives it").isNotNull();
        assertThat(orphan.isAlive()).isTrue();

        app = launch(root.resolve("app-2"), null, data);
        scenario.restarted(app, ledger);
        assertThat(orphan.isAlive()).as("the leftover server was stopped").isFalse();
        assertThat(Files.readString(app.log())).contains("left running by a Baku that was killed");

        // The command starts its own server on the data folder, so Baku stops first (README, "Audit trail").
        app.stop();
        EmbeddedMariaDbProcess.awaitNone(data.resolve("db"), "a clean stop stops the server");
        scenario.auditChainsVerify(root.resolve("verify"), null, data);
        EmbeddedMariaDbProcess.awaitNone(data.resolve("db"), "the command stops its server");
    }

    // ---------------------------------------------------------------------------------------------------------

    /** One deployment under test: load, kill, restart, verify, on the same database throughout. */
    private final class Scenario {

        /** The database's JDBC URL while an app runs on it: the embedded server's port changes on restart. */
        private final Function<BakuProcess, String> jdbcUrl;
        private final Clients clients;
        /** Every completion of the loads before the current one. */
        private final Ledger history = new Ledger();
        private BakuProcess app;

        Scenario(BakuProcess app, Function<BakuProcess, String> jdbcUrl) throws Exception {
            this.app = app;
            this.jdbcUrl = jdbcUrl;
            app.awaitHealthy();
            this.clients = new Clients(path -> this.app.url(path), this::database, PEMDA, seed);
        }

        Connection database() throws SQLException {
            return connect(jdbcUrl.apply(app));
        }

        /** Several clients complete steps until a seeded number of them is acknowledged, then {@code kill} runs. */
        Ledger loadUntilKilled(Killer kill) throws Exception {
            int acknowledged = 40 + random.nextInt(70);
            int delayMillis = random.nextInt(150);
            log("killing after " + acknowledged + " acknowledged completions and " + delayMillis + " ms more");
            long start = System.nanoTime();
            Ledger ledger = clients.run(CLIENTS, () -> {
                try {
                    kill.kill(app);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, acknowledged, delayMillis);
            log("killed: " + ledger.summary() + " in " + seconds(start));
            return ledger;
        }

        /**
         * After a restart: the database holds every acknowledged completion once and no half of any other,
         * a completion sent again is refused exactly when it had been recorded, and steps complete again.
         */
        void restarted(BakuProcess restarted, Ledger beforeCrash) throws Exception {
            long start = System.nanoTime();
            app = restarted;
            app.awaitHealthy();
            log("restarted in " + seconds(start));
            try (Connection c = database()) {
                Consistency.check(c, beforeCrash, history);
            }
            clients.resend(beforeCrash);
            history.addAll(beforeCrash);
            Ledger after = clients.run(CLIENTS, null, 20, 0);
            assertThat(after.acknowledged()).as("steps complete after the restart").hasSizeGreaterThanOrEqualTo(20);
            assertThat(after.unknown()).isEmpty();
            try (Connection c = database()) {
                Consistency.check(c, after, history);
            }
            history.addAll(after);
        }

        /** {@code java -jar baku.jar --baku.audit.verify=all}: one "intact" line per pemda, exit status 0. */
        void auditChainsVerify(Path dir, String jdbcUrl, Path dataDir) throws Exception {
            long start = System.nanoTime();
            BakuProcess command = BakuProcess.verifyCommand(dir, jdbcUrl, dataDir);
            started.add(command);
            int status = command.awaitExit(Duration.ofMinutes(4));
            String output = Files.readString(command.log());
            log("audit verification in " + seconds(start) + ":\n" + lines(output, ": intact|BROKEN|no such"));
            assertThat(status).as(output).isZero();
            for (String pemda : PEMDA) {
                assertThat(output).containsPattern("(?m)^" + pemda + ": intact, \\d+ events$");
            }
        }
    }

    @FunctionalInterface
    private interface Killer {
        void kill(BakuProcess app) throws Exception;
    }

    private void killApp(BakuProcess app) {
        app.kill();
    }

    private BakuProcess launch(Path dir, String jdbcUrl) throws IOException {
        return launch(dir, jdbcUrl, dir.resolve("data"));
    }

    private BakuProcess launch(Path dir, String jdbcUrl, Path dataDir) throws IOException {
        BakuProcess app = BakuProcess.start(dir, jdbcUrl, dataDir);
        started.add(app);
        return app;
    }

    /** The embedded server's port, from the log line of the Baku that started it. */
    private static String embeddedJdbcUrl(BakuProcess app) {
        try {
            Matcher m = Pattern.compile("Embedded MariaDB listening on port (\\d+)").matcher(Files.readString(app.log()));
            assertThat(m.find()).as("the embedded server's port in the log").isTrue();
            return "jdbc:mysql://127.0.0.1:" + m.group(1) + "/baku?useSSL=false&allowPublicKeyRetrieval=true";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "root", "");
    }

    static void log(String message) {
        System.out.println("[crash-safety] " + message);
    }

    private static String seconds(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static String lines(String text, String pattern) {
        return String.join("\n", text.lines().filter(Pattern.compile(pattern).asPredicate()).toList());
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A MariaDB server process serving a data folder, found by its command line (also once orphaned). */
    static final class EmbeddedMariaDbProcess {

        private EmbeddedMariaDbProcess() {
        }

        static Optional<ProcessHandle> of(Path dataDir) {
            String argument = "--datadir=" + dataDir.toAbsolutePath();
            return ProcessHandle.allProcesses()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd")).orElse(false))
                    .filter(p -> p.info().arguments().map(a -> List.of(a).contains(argument)).orElse(false))
                    .findFirst();
        }

        static void awaitNone(Path dataDir, String why) throws InterruptedException {
            for (int i = 0; i < 150 && of(dataDir).isPresent(); i++) {
                Thread.sleep(200);
            }
            assertThat(of(dataDir)).as(why).isEmpty();
        }

        /** Stops a server the test left behind, cleanly; only ever one serving a folder of this test. */
        static void stopLeftover(Path dataDir) {
            of(dataDir).ifPresent(p -> {
                p.destroy();
                p.onExit().orTimeout(60, TimeUnit.SECONDS).join();
            });
        }
    }
}
