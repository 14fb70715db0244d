package id.baku.bench;

import id.baku.design.SopService;
import id.baku.execution.EffectiveSops;
import id.baku.ratification.RatificationService;
import id.baku.tenant.ApiTokenService;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, benchmark 6: the HTTP API of Baku on a random port, loaded over loopback at fixed arrival rates
 * (open model, {@link ArrivalRateLoad}): reading an SOP as JSON, printing its official sheet as PDF, and
 * completing steps of runs. Every completion completes a real waiting step of a run started beforehand
 * through the API; afterwards each one answered 200 is checked in the database to be there exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignIn.class)
@Tag("benchmark")
@TestPropertySource(properties = {"baku.data-dir=target/bench-db-http", "logging.level.id.baku=warn"})
class HttpLoadBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Kabid DIKP: holds the first step's jabatan of "Peliputan dan Publikasi", so may start runs and complete step 1. */
    private static final String USER = "kabid.dikp.tangerang";
    private static final int SECONDS = Integer.getInteger("bench.seconds", 15);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmupSeconds", 10);
    /** Requests per second; what two shared cores sustain with room (docs/BENCHMARKS.md). */
    private static final double SOP_RATE = rate("sop", 20);
    private static final double PDF_RATE = rate("pdf", 2);
    private static final double COMPLETE_RATE = rate("complete", 10);

    @LocalServerPort int port;
    @Autowired SignIn signIn;
    @Autowired ApiTokenService tokens;
    @Autowired SopService sops;
    @Autowired RatificationService ratification;
    @Autowired JdbcClient jdbc;

    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    @Test
    void the_api_at_fixed_arrival_rates() throws Exception {
        Bench bench = new Bench("http-load");
        Map<String, String> machine = Bench.machine(jdbc);
        int rounds = Bench.runs(3);
        long sopId = EffectiveSops.peliputan(signIn, sops, ratification);
        signIn.as(USER);
        String token = tokens.create("Uji beban", null).secret();
        SignIn.out();
        String api = "http://localhost:" + port + "/api/v1/";
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ArrivalRateLoad load = new ArrivalRateLoad(client);

        int completions = (int) Math.round(COMPLETE_RATE * (WARMUP_SECONDS + rounds * SECONDS)) + rounds + 1;
        long started = System.nanoTime();
        List<long[]> steps = startRuns(client, api, token, sopId, completions);
        bench.note(String.format(Locale.ROOT, "%d runs of \"Peliputan dan Publikasi\" started through POST /api/v1/runs "
                + "beforehand (%.0f s, 8 at a time), each with step 1 waiting for %s", steps.size(),
                (System.nanoTime() - started) / 1e9, USER));

        HttpRequest sop = ArrivalRateLoad.request(api + "sops/" + sopId, token).GET().build();
        HttpRequest pdf = ArrivalRateLoad.request(api + "sops/" + sopId + "/sheet.pdf", token).GET().build();
        // One request at a time first: the service time, which bounds the rate two cores can sustain.
        bench.measure("GET /api/v1/sops/{id}, one at a time", 10, Bench.runs(30), () -> send(client, sop));
        bench.measure("GET /api/v1/sops/{id}/sheet.pdf, one at a time", 5, Bench.runs(20), () -> send(client, pdf));
        endpoint(load, "GET /api/v1/sops/{id}", SOP_RATE, rounds, 200, i -> sop, body -> body.length > 1000
                && new String(body, StandardCharsets.UTF_8).contains("\"steps\""));
        endpoint(load, "GET /api/v1/sops/{id}/sheet.pdf", PDF_RATE, rounds, 200, i -> pdf, body -> body.length > 10_000
                && new String(body, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));

        int[] next = {0};
        List<long[]> posted = new ArrayList<>();
        List<ArrivalRateLoad.Outcome> outcomes = endpoint(load, "POST /api/v1/runs/{runId}/steps/{stepId}/complete",
                COMPLETE_RATE, rounds, 200, i -> {
                    long[] step = steps.get(next[0]++);
                    posted.add(step);
                    return ArrivalRateLoad.request(api + "runs/" + step[0] + "/steps/" + step[1] + "/complete", token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"version\":" + step[2]
                                    + ",\"present\":[true],\"output\":\"Kesediaan meliput\"}")).build();
                }, body -> new String(body, StandardCharsets.UTF_8).contains("\"DONE\""));
        bench.note(checkCompletions(posted, outcomes));

        bench.table(List.of("endpoint", "rate offered /s", "achieved /s", "requests", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "errors", "p99 per round ms"), rows);
        bench.note(String.format(Locale.ROOT, "Open model: requests sent at a fixed rate from one scheduling thread, "
                + "each on its own virtual thread (java.net.http.HttpClient, HTTP/1.1 keep-alive, loopback); latency "
                + "from the scheduled send time to the whole body received. Per endpoint a %d s warm-up at the same "
                + "rate, then %d rounds of %d s; percentiles over all measured requests (nearest rank).",
                WARMUP_SECONDS, rounds, SECONDS));
        bench.note("Every call with a personal API token of " + USER + " (created through ApiTokenService), "
                + "as an e-Office system would.");
        bench.write(machine);
        assertThat(failures).as("errors under load").isEmpty();
    }

    /** Warm-up, then the measured rounds; a row of the report. Bodies are checked, not only statuses. */
    private List<ArrivalRateLoad.Outcome> endpoint(ArrivalRateLoad load, String name, double rate, int rounds,
                                                   int status, IntFunction<HttpRequest> request,
                                                   java.util.function.Predicate<byte[]> bodyOk) {
        List<ArrivalRateLoad.Outcome> all = new ArrayList<>();
        all.add(load.run(rate, Duration.ofSeconds(WARMUP_SECONDS), status, request));
        for (int r = 0; r < rounds; r++) {
            all.add(load.run(rate, Duration.ofSeconds(SECONDS), status, request));
        }
        int errors = 0;
        for (ArrivalRateLoad.Outcome o : all) {
            errors += o.errors();
            if (o.firstError() != null) {
                failures.add(name + ": " + o.firstError());
            }
            long badBodies = Arrays.stream(o.bodies()).filter(b -> b != null && !bodyOk.test(b)).count();
            if (o.errors() == 0 && badBodies > 0) {
                errors += (int) badBodies;
                failures.add(name + ": " + badBodies + " answers with an unexpected body");
            }
        }
        List<ArrivalRateLoad.Outcome> measured = all.subList(1, all.size());
        long[] latencies = measured.stream().flatMapToLong(o -> Arrays.stream(o.latencies())).sorted().toArray();
        int requests = latencies.length;
        double achieved = measured.stream().mapToDouble(ArrivalRateLoad.Outcome::achievedPerSecond).sorted()
                .toArray()[(rounds - 1) / 2];
        rows.add(List.of(name, fmt(rate), fmt(achieved), String.valueOf(requests), ms(latencies, 0.50),
                ms(latencies, 0.95), ms(latencies, 0.99), fmt(latencies[requests - 1] / 1e6), String.valueOf(errors),
                measured.stream().map(o -> fmt(o.percentileMs(0.99))).collect(Collectors.joining(", "))));
        System.out.printf("[bench] %-55s offered %s/s achieved %s/s p50 %s p95 %s p99 %s ms, %d errors%n", name,
                fmt(rate), fmt(achieved), ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99), errors);
        return all;
    }

    /**
     * Every completion answered 200 completed its step once, by the token's owner, readied step 2 of its run
     * once and wrote one audit event; every step not answered 200 is still waiting.
     */
    private String checkCompletions(List<long[]> posted, List<ArrivalRateLoad.Outcome> outcomes) {
        List<Long> ok = new ArrayList<>();
        List<Long> notOk = new ArrayList<>();
        int i = 0;
        for (ArrivalRateLoad.Outcome o : outcomes) {
            for (int status : o.statuses()) {
                (status == 200 ? ok : notOk).add(posted.get(i++)[1]);
            }
        }
        assertThat(i).isEqualTo(posted.size());
        String okIds = ok.stream().map(String::valueOf).collect(Collectors.joining(","));
        long done = jdbc.sql("SELECT COUNT(*) FROM step_execution WHERE status = 'DONE' AND completed_by = ? AND id IN ("
                + okIds + ")").param(USER).query(Long.class).single();
        long nextSteps = jdbc.sql("SELECT COUNT(*) FROM step_execution n JOIN step_execution s ON s.run_id = n.run_id "
                + "WHERE n.step = 2 AND s.id IN (" + okIds + ")").query(Long.class).single();
        Map<String, Object> audit = jdbc.sql("SELECT COUNT(*) AS events, COUNT(DISTINCT subject) AS subjects FROM audit_event "
                + "WHERE action = 'step.completed' AND subject IN (" + ok.stream().map(id -> "'step-execution:" + id + "'")
                .collect(Collectors.joining(",")) + ")").query().singleRow();
        assertThat(done).as("completions answered 200 and DONE in the database").isEqualTo(ok.size());
        assertThat(nextSteps).as("step 2 readied once per completed run").isEqualTo(ok.size());
        assertThat(((Number) audit.get("events")).longValue()).as("one audit event per completion").isEqualTo(ok.size());
        assertThat(((Number) audit.get("subjects")).longValue()).isEqualTo(ok.size());
        if (!notOk.isEmpty()) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM step_execution WHERE status = 'DONE' AND id IN ("
                    + notOk.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")").query(Long.class)
                    .single()).as("steps whose completion failed").isZero();
        }
        return String.format(Locale.ROOT, "Checked after the load: each of the %,d completions answered 200 is DONE "
                + "by %s in step_execution, readied step 2 of its run once and wrote one step.completed audit event "
                + "(%,d not answered 200).", ok.size(), USER, notOk.size());
    }

    /** Starts {@code count} runs through the API, a few at a time; returns (run id, step 1's id, its version). */
    private List<long[]> startRuns(HttpClient client, String api, String token, long sopId, int count) throws Exception {
        Semaphore parallel = new Semaphore(8);
        List<Future<Long>> runs = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                String body = "{\"sopId\":" + sopId + ",\"title\":\"Peliputan beban " + i + "\"}";
                runs.add(threads.submit(() -> {
                    parallel.acquire();
                    try {
                        HttpResponse<String> r = client.send(ArrivalRateLoad.request(api + "runs", token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                        return JSON.readTree(r.body()).get("id").asLong();
                    } finally {
                        parallel.release();
                    }
                }));
            }
        }
        List<Long> runIds = new ArrayList<>();
        for (Future<Long> f : runs) {
            runIds.add(f.get());
        }
        List<long[]> steps = jdbc.sql("SELECT run_id, id, version FROM step_execution WHERE step = 1 AND status = 'OPEN' "
                        + "AND run_id IN (" + runIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") ORDER BY id")
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
        assertThat(steps).as("step 1 waiting in every run").hasSize(count);
        return steps;
    }

    private static String send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            return String.format(Locale.ROOT, "%,d bytes", r.body().length);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double rate(String endpoint, double byDefault) {
        return Double.parseDouble(System.getProperty("bench.rate." + endpoint, String.valueOf(byDefault)));
    }

    private static String ms(long[] sortedNanos, double p) {
        return fmt(sortedNanos[Math.max(0, (int) Math.ceil(sortedNanos.length * p) - 1)] / 1e6);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }
}
