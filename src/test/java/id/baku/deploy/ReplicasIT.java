package id.baku.deploy;

import id.baku.shared.database.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Two Baku processes (the packaged jar, production mode, as two Kubernetes replicas would run it) start
 * together on one fresh database: migrations and the sample pemda load once, both serve, what one does the
 * other sees, and the overdue job runs once per period across both. Replica B logs JSON.
 */
class ReplicasIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String TOKEN = "demo-kota-tangerang";
    private static final Path WORK = Path.of("target/replicas");

    static EmbeddedMariaDb db;
    static Replica a;
    static Replica b;

    record Replica(String name, Process process, int port, int managementPort, Path log) {

        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        String management(String path) {
            return "http://127.0.0.1:" + managementPort + path;
        }
    }

    @BeforeAll
    static void startTwoReplicasTogether() throws Exception {
        Files.createDirectories(WORK);
        db = EmbeddedMariaDb.start(WORK.resolve("db"), true);
        a = launch("a", Map.of());
        b = launch("b", Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs"));
        awaitReady(a);
        awaitReady(b);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Replica r : new Replica[]{a, b}) {
            if (r != null) {
                r.process().destroy(); // SIGTERM: Spring's graceful shutdown
                if (!r.process().waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    r.process().destroyForcibly();
                }
            }
        }
        if (db != null) {
            db.shutdown();
        }
    }

    @Test
    void both_serve_the_same_data_and_see_each_others_actions() throws Exception {
        // One load of the sample pemda although both started on an empty database.
        assertThat(count("select count(*) from tenant where code = 'kota-tangerang'")).isEqualTo(1);
        assertThat(count("select count(*) from DATABASECHANGELOGLOCK where LOCKED = 1")).isZero();

        for (Replica r : List.of(a, b)) {
            HttpResponse<String> login = get(r.url("/login"), null);
            assertThat(login.statusCode()).as(r.name() + " serves the login page").isEqualTo(200);
            assertThat(get(r.url("/actuator/prometheus"), null).statusCode())
                    .as("metrics are not on the public port").isNotEqualTo(200);
        }
        JsonNode sopsOnA = json(get(a.url("/api/v1/sops?status=effective"), TOKEN));
        JsonNode sopsOnB = json(get(b.url("/api/v1/sops?status=effective"), TOKEN));
        assertThat(sopsOnA).isNotEmpty().isEqualTo(sopsOnB);
        long sopId = sopsOnA.get(0).get("id").asLong();

        long runOnA = startRun(a, sopId, "Dimulai di replika A");
        JsonNode seenOnB = json(get(b.url("/api/v1/runs/" + runOnA), TOKEN));
        assertThat(seenOnB.get("run").get("title").asString()).isEqualTo("Dimulai di replika A");
        long runOnB = startRun(b, sopId, "Dimulai di replika B");
        List<Long> runsOnA = new ArrayList<>();
        json(get(a.url("/api/v1/runs"), TOKEN)).forEach(r -> runsOnA.add(r.get("id").asLong()));
        assertThat(runsOnA).contains(runOnA, runOnB);
    }

    @Test
    void the_overdue_job_runs_once_per_period_across_replicas() throws Exception {
        long sopId = json(get(a.url("/api/v1/sops?status=effective"), TOKEN)).get(0).get("id").asLong();
        long run = startRun(a, sopId, "Langkah yang terlambat");
        long step = json(get(b.url("/api/v1/runs/" + run), TOKEN)).get("steps").get(0).get("id").asLong();
        double runsBefore = jobRuns(a) + jobRuns(b);
        // Hand the period over now, with a step already past its time.
        update("update step_execution set due_at = ? where id = ?", Instant.now().minusSeconds(3600), step);
        update("update job_lease set valid_until = ? where name = 'overdue-steps'", Instant.now().minusSeconds(1));

        awaitTrue("the step flagged overdue", () -> overdueEvents(step) == 1);
        awaitTrue("the period taken", () -> jobRuns(a) + jobRuns(b) == runsBefore + 1);
        double skippedBefore = jobSkipped(a) + jobSkipped(b);
        // Both replicas tick every second (BAKU_EXECUTION_OVERDUE_CHECK=1s); the 55-second period stays with one.
        awaitTrue("the other ticks skipped", () -> jobSkipped(a) + jobSkipped(b) >= skippedBefore + 4);
        assertThat(jobRuns(a) + jobRuns(b)).as("one run in the period").isEqualTo(runsBefore + 1);
        assertThat(overdueEvents(step)).isEqualTo(1);
        JsonNode flagged = json(get(a.url("/api/v1/runs/" + run), TOKEN)).get("steps").get(0);
        assertThat(flagged.get("overdue").asBoolean()).isTrue();
        assertThat(metric(b, "baku_steps_overdue_total") + metric(a, "baku_steps_overdue_total")).isGreaterThanOrEqualTo(1);

        // The next period runs again, on whichever replica ticks first.
        update("update job_lease set valid_until = ? where name = 'overdue-steps'", Instant.now().minusSeconds(1));
        awaitTrue("the next period taken", () -> jobRuns(a) + jobRuns(b) == runsBefore + 2);
    }

    @Test
    void replica_b_logs_one_json_object_per_line() throws Exception {
        List<String> lines = Files.readAllLines(b.log()).stream().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSizeGreaterThan(5);
        for (String line : lines) {
            JsonNode entry = JSON.readTree(line);
            assertThat(entry.has("@timestamp") && entry.has("message") && entry.path("log").has("level"))
                    .as("an ECS log line: %s", line).isTrue();
        }
        assertThat(Files.readString(a.log())).as("replica A logs plain text").doesNotStartWith("{");
    }

    private static long startRun(Replica r, long sopId, String title) throws Exception {
        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(r.url("/api/v1/runs")))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("sopId", sopId, "title", title)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return JSON.readTree(started.body()).get("id").asLong();
    }

    private static double jobRuns(Replica r) throws Exception {
        return metric(r, "baku_job_runs_total");
    }

    private static double jobSkipped(Replica r) throws Exception {
        return metric(r, "baku_job_skipped_total");
    }

    /** The sum of a counter's series in the replica's Prometheus scrape, 0 when it has none yet. */
    private static double metric(Replica r, String name) throws Exception {
        HttpResponse<String> scrape = get(r.management("/actuator/prometheus"), null);
        assertThat(scrape.statusCode()).isEqualTo(200);
        double sum = 0;
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(scrape.body());
        while (m.find()) {
            sum += Double.parseDouble(m.group(2));
        }
        return sum;
    }

    private static long overdueEvents(long step) throws SQLException {
        return count("select count(*) from audit_event where action = 'step.overdue' and subject = 'step-execution:"
                + step + "'");
    }

    private static Replica launch(String name, Map<String, String> env) throws IOException {
        Path dir = Files.createDirectories(WORK.resolve(name));
        Path log = dir.resolve("stdout.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-jar", Path.of("target/baku.jar").toAbsolutePath().toString())
                .directory(dir.toFile())
                .redirectOutput(log.toFile())
                .redirectError(dir.resolve("stderr.log").toFile());
        int port = freePort();
        int managementPort = freePort();
        Map<String, String> e = pb.environment();
        e.put("SPRING_DATASOURCE_URL", db.jdbcUrl("baku"));
        e.put("SPRING_DATASOURCE_USERNAME", "root");
        e.put("SPRING_DATASOURCE_PASSWORD", "");
        e.put("SERVER_PORT", String.valueOf(port));
        e.put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort));
        e.put("BAKU_DATA_DIR", dir.resolve("data").toAbsolutePath().toString());
        e.put("BAKU_DEMO", "true");
        e.put("BAKU_DEMO_HISTORY", "false");
        e.put("BAKU_SAML_KEY_SECRET", "replicas-share-this-secret");
        e.put("BAKU_EXECUTION_OVERDUE_CHECK", "1s");
        e.put("BAKU_EXECUTION_OVERDUE_INITIAL_DELAY", "1s");
        e.putAll(env);
        return new Replica(name, pb.start(), port, managementPort, log);
    }

    private static void awaitReady(Replica r) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!r.process().isAlive()) {
                fail("Replica " + r.name() + " stopped:\n" + Files.readString(r.log()) + "\n"
                        + Files.readString(r.log().resolveSibling("stderr.log")));
            }
            try {
                if (get(r.management("/actuator/health/readiness"), null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("Replica " + r.name() + " not ready after 4 minutes:\n" + Files.readString(r.log()));
    }

    private static void awaitTrue(String what, Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.call()) {
            if (Instant.now().isAfter(deadline)) {
                fail("Waited 30 s for " + what);
            }
            Thread.sleep(200);
        }
    }

    private static HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl("baku"), "root", "");
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void update(String sql, Instant at, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 2, args[i]);
            }
            s.executeUpdate();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
