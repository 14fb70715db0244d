package id.baku.deploy;

import id.baku.deploy.Ledger.Completion;
import id.baku.deploy.Ledger.Outcome;
import id.baku.security.ApiTokenSecrets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * API clients of several pemda working their runs step by step, as an e-Office would: the admin's demo token
 * starts runs, the personal token of a holder of each step's jabatan completes it. Runs left open by one load
 * are continued by the next.
 */
final class Clients {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final String RUN_TITLE = "Uji ketahanan crash";

    /** A user of a pemda with a personal API token. */
    record User(String username, String token) {
    }

    /** A pemda's admin demo token, its SOPs in force and its users. */
    record Pemda(String code, String adminToken, List<Long> sops, List<User> users) {
    }

    private record OpenRun(Pemda pemda, long id) {
    }

    /** Thrown when Baku does not answer or answers with a server error: it is gone (killed) or going. */
    private static final class Gone extends Exception {
        Gone(String message) {
            super(message);
        }
    }

    @FunctionalInterface
    interface Database {
        Connection open() throws SQLException;
    }

    private final UnaryOperator<String> url;
    private final Database database;
    private final List<Pemda> pemda = new ArrayList<>();
    private final long seed;
    private final Map<String, User> workerOfColumn = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<OpenRun> openRuns = new ConcurrentLinkedQueue<>();
    private int loads;

    /** Gives every user of the pemda a personal token, as each would under Token API, and reads the SOPs in force. */
    Clients(UnaryOperator<String> url, Database database, List<String> pemdaCodes, long seed) throws Exception {
        this.url = url;
        this.database = database;
        this.seed = seed;
        for (String code : pemdaCodes) {
            String admin = ApiTokenSecrets.demoSecret(code);
            List<Long> sops = new ArrayList<>();
            json(send(admin, "/api/v1/sops?status=effective", null), 200).forEach(s -> sops.add(s.get("id").asLong()));
            assertThat(sops).as("SOPs in force of " + code).isNotEmpty();
            pemda.add(new Pemda(code, admin, sops, issueTokens(code)));
        }
    }

    /**
     * Runs {@code clients} clients until {@code target} completions are acknowledged, then waits {@code
     * delayMillis}, calls {@code kill} (when given) and stops the clients, which then fail at once.
     */
    Ledger run(int clients, Runnable kill, int target, int delayMillis) throws Exception {
        Ledger ledger = new Ledger();
        AtomicBoolean stop = new AtomicBoolean();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        int load = loads++;
        for (int i = 0; i < clients; i++) {
            Random random = new Random(seed + 1000L * load + i);
            Pemda own = pemda.get(i % pemda.size());
            threads.add(Thread.ofPlatform().name("client-" + i).start(() -> {
                try {
                    work(own, random, ledger, stop);
                } catch (Throwable e) {
                    failures.add(e);
                    stop.set(true);
                }
            }));
        }
        boolean reached = ledger.awaitAcknowledged(target, 180_000, () -> !failures.isEmpty()
                || threads.stream().noneMatch(Thread::isAlive));
        if (reached && kill != null) {
            Thread.sleep(delayMillis);
            kill.run();
        }
        stop.set(true);
        for (Thread t : threads) {
            t.join(60_000);
        }
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError("A client failed: " + failures.getFirst(), failures.getFirst());
            failures.stream().skip(1).forEach(error::addSuppressed);
            throw error;
        }
        assertThat(reached).as("%d completions acknowledged in 3 minutes, %s", target, ledger.summary()).isTrue();
        return ledger;
    }

    /**
     * Sends every completion without a known outcome again, as a client retrying would: refused as already done
     * (409) exactly when the first one was recorded, accepted otherwise.
     */
    void resend(Ledger ledger) throws Exception {
        for (Completion c : ledger.unknown()) {
            boolean recorded = "DONE".equals(stepStatus(c.stepId()));
            HttpResponse<String> again = send(c.token(), completePath(c.runId(), c.stepId()), c.body());
            assertThat(again.statusCode()).as("sent again after the crash, %s recorded before: %s",
                    recorded ? "" : "not", again.body()).isEqualTo(recorded ? 409 : 200);
            if (recorded) {
                assertThat(again.body()).contains("execution.error.already-done");
            }
        }
    }

    private void work(Pemda own, Random random, Ledger ledger, AtomicBoolean stop) throws Exception {
        OpenRun run = null;
        try {
            while (!stop.get()) {
                if (run == null) {
                    run = openRuns.poll();
                }
                if (run == null) {
                    run = start(own, random);
                }
                if (!completeNext(run, random, ledger)) {
                    run = null;
                }
            }
        } catch (Gone gone) {
            // Baku was killed: this client stops; its run is continued after the restart
        }
        if (run != null) {
            openRuns.add(run);
        }
    }

    private OpenRun start(Pemda p, Random random) throws Exception {
        long sop = p.sops().get(random.nextInt(p.sops().size()));
        JsonNode run = json(send(p.adminToken(), "/api/v1/runs", Map.of("sopId", sop, "title", RUN_TITLE)), 201);
        return new OpenRun(p, run.get("id").asLong());
    }

    /** Completes the run's open step; false when the run has ended. */
    private boolean completeNext(OpenRun run, Random random, Ledger ledger) throws Exception {
        JsonNode detail = json(send(run.pemda().adminToken(), "/api/v1/runs/" + run.id(), null), 200);
        if (!"RUNNING".equals(detail.get("run").get("status").asString())) {
            return false;
        }
        JsonNode open = null;
        for (JsonNode step : detail.get("steps")) {
            if (!"DONE".equals(step.get("status").asString())) {
                assertThat(open).as("one open step in run %d", run.id()).isNull();
                open = step;
            }
        }
        assertThat(open).as("a running run %d has an open step", run.id()).isNotNull();
        JsonNode definition = detail.get("content").get("steps").get(open.get("step").asInt() - 1);
        long stepId = open.get("id").asLong();
        User user = workerOf(run, detail.get("run").get("sopId").asLong(), definition.get("executor").asInt(), stepId);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", open.get("version").asInt());
        body.put("present", Collections.nCopies(definition.get("standard").get("requirements").size(), true));
        body.put("output", "Keluaran langkah " + open.get("step").asInt());
        if (definition.get("decision").asBoolean()) {
            body.put("choice", random.nextInt(4) == 0 ? "no" : "yes"); // "no" loops back: a second attempt
        }
        Outcome outcome;
        String answer;
        try {
            HttpResponse<String> done = HTTP.send(post(user.token(), completePath(run.id(), stepId), body),
                    HttpResponse.BodyHandlers.ofString());
            answer = done.statusCode() + " " + done.body();
            if (done.statusCode() != 200 && done.statusCode() < 500) {
                fail("Completion refused: " + answer + " for " + body);
            }
            outcome = done.statusCode() == 200 ? Outcome.ACKNOWLEDGED : Outcome.UNKNOWN;
        } catch (IOException cut) {
            outcome = Outcome.UNKNOWN;
            answer = cut.toString();
        }
        ledger.add(new Completion(run.pemda().code(), run.id(), stepId, user.username(), user.token(), body, outcome,
                answer));
        if (outcome == Outcome.UNKNOWN) {
            throw new Gone(answer);
        }
        return true;
    }

    /** Who completes a step of this SOP's Pelaksana column: the first user the run view says may work it. */
    private User workerOf(OpenRun run, long sop, int column, long stepId) throws Exception {
        String key = run.pemda().code() + "/" + sop + "/" + column;
        User known = workerOfColumn.get(key);
        if (known != null) {
            return known;
        }
        for (User user : run.pemda().users()) {
            HttpResponse<String> seen = send(user.token(), "/api/v1/runs/" + run.id(), null);
            if (seen.statusCode() == 200) {
                for (JsonNode step : JSON.readTree(seen.body()).get("steps")) {
                    if (step.get("id").asLong() == stepId && step.get("mayWork").asBoolean()) {
                        workerOfColumn.put(key, user);
                        return user;
                    }
                }
            }
        }
        return fail("Nobody of " + run.pemda().code() + " may work column " + column + " of SOP " + sop);
    }

    /**
     * A personal token for every enabled user of the pemda. Written straight into {@code api_token} the way
     * {@code ApiTokenService.create} stores one (its SHA-256 and prefix, through the same {@code ApiTokenSecrets}),
     * because creating it in Baku takes a browser session; the API then checks it like any other.
     */
    private List<User> issueTokens(String code) throws SQLException {
        List<User> users = new ArrayList<>();
        try (Connection c = database.open();
             PreparedStatement select = c.prepareStatement("select u.id, u.tenant_id, u.username from app_user u "
                     + "join tenant t on t.id = u.tenant_id where t.code = ? and u.enabled order by u.username");
             PreparedStatement insert = c.prepareStatement("insert into api_token (tenant_id, user_id, name, "
                     + "token_hash, prefix, demo, created_at) values (?, ?, 'Uji ketahanan crash', ?, ?, false, now(6))")) {
            select.setString(1, code);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String secret = ApiTokenSecrets.newSecret();
                    insert.setLong(1, rs.getLong("tenant_id"));
                    insert.setLong(2, rs.getLong("id"));
                    insert.setString(3, ApiTokenSecrets.hash(secret));
                    insert.setString(4, ApiTokenSecrets.prefix(secret));
                    insert.executeUpdate();
                    users.add(new User(rs.getString("username"), secret));
                }
            }
        }
        assertThat(users).as("users of " + code).isNotEmpty();
        return users;
    }

    private String stepStatus(long stepId) throws SQLException {
        try (Connection c = database.open();
             PreparedStatement s = c.prepareStatement("select status from step_execution where id = ?")) {
            s.setLong(1, stepId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String completePath(long runId, long stepId) {
        return "/api/v1/runs/" + runId + "/steps/" + stepId + "/complete";
    }

    private HttpResponse<String> send(String token, String path, Object body) throws Gone, InterruptedException {
        try {
            HttpRequest request = body == null
                    ? HttpRequest.newBuilder(URI.create(url.apply(path))).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).GET().build()
                    : post(token, path, body);
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                throw new Gone(response.statusCode() + " " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new Gone(e.toString());
        }
    }

    private HttpRequest post(String token, String path, Object body) {
        return HttpRequest.newBuilder(URI.create(url.apply(path))).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    }

    private static JsonNode json(HttpResponse<String> response, int expected) {
        assertThat(response.statusCode()).as(response.headers().firstValue("Location").map(l -> "redirected to " + l)
                .orElse(response.body())).isEqualTo(expected);
        return JSON.readTree(response.body());
    }
}
