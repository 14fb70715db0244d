package id.baku.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-model load generator: requests are sent at a fixed arrival rate whatever the server does, each
 * on a virtual thread, and a request's latency runs from the moment it was <em>scheduled</em>, not sent —
 * a server that falls behind is charged for the queue it built (no coordinated omission).
 */
final class ArrivalRateLoad {

    /** What {@link #run} saw; latencies in nanoseconds, sorted. */
    record Outcome(double offeredPerSecond, int requests, double achievedPerSecond, long[] latencies, int errors,
                   String firstError, int[] statuses, byte[][] bodies) {

        double percentileMs(double p) {
            return latencies[Math.max(0, (int) Math.ceil(latencies.length * p) - 1)] / 1e6;
        }
    }

    private static final int TIMEOUT_SECONDS = 30;
    private static final Duration TIMEOUT = Duration.ofSeconds(TIMEOUT_SECONDS);

    private final HttpClient client;

    ArrivalRateLoad(HttpClient client) {
        this.client = client;
    }

    /**
     * Sends {@code rate × duration} requests, the i-th {@code request.apply(i)} at start + i / rate. A
     * response whose status is not {@code expectedStatus} (or that fails) is an error. Bounded: every request
     * has a {@value #TIMEOUT_SECONDS} s timeout.
     */
    Outcome run(double rate, Duration duration, int expectedStatus, IntFunction<HttpRequest> request) {
        int n = (int) Math.round(rate * duration.toMillis() / 1000.0);
        long interval = Math.round(1e9 / rate);
        long[] latencies = new long[n];
        long[] finished = new long[n];
        int[] statuses = new int[n];
        byte[][] bodies = new byte[n][];
        String[] failures = new String[n];
        long start = System.nanoTime() + 20_000_000;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                long scheduled = start + i * interval;
                for (long wait = scheduled - System.nanoTime(); wait > 0; wait = scheduled - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                int k = i;
                HttpRequest r = request.apply(k);
                threads.execute(() -> {
                    try {
                        HttpResponse<byte[]> response = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
                        statuses[k] = response.statusCode();
                        bodies[k] = response.body();
                    } catch (Exception e) {
                        failures[k] = e.toString();
                    }
                    finished[k] = System.nanoTime();
                    latencies[k] = finished[k] - scheduled;
                });
            }
        }
        int errors = 0;
        String firstError = null;
        for (int i = 0; i < n; i++) {
            if (statuses[i] != expectedStatus) {
                errors++;
                if (firstError == null) {
                    firstError = failures[i] != null ? failures[i]
                            : statuses[i] + " " + new String(bodies[i], java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        long last = Arrays.stream(finished).max().orElse(start);
        Arrays.sort(latencies);
        return new Outcome(rate, n, (n - errors) / ((last - start) / 1e9), latencies, errors, firstError, statuses,
                bodies);
    }

    static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(java.net.URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token);
    }
}
