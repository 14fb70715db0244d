package id.baku.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/** The packaged jar ({@code target/baku.jar}) as a process of its own, in demo mode, logging to a folder. */
record BakuProcess(Process process, int port, Path log) {

    private static final Path JAR = Path.of("target/baku.jar").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Starts Baku on a free port.
     *
     * @param jdbcUrl a database of the test's, or null for the zero-setup mode: Baku starts its own MariaDB
     * @param dataDir BAKU_DATA_DIR (the embedded database and the attachments)
     */
    static BakuProcess start(Path dir, String jdbcUrl, Path dataDir) throws IOException {
        int port = freePort();
        Map<String, String> env = environment(jdbcUrl, dataDir);
        env.put("SERVER_PORT", String.valueOf(port));
        return new BakuProcess(launch(dir, env, List.of()), port, dir.resolve("stdout.log"));
    }

    /** The audit verification command ({@code --baku.audit.verify=all}) on the same database as {@link #start}. */
    static BakuProcess verifyCommand(Path dir, String jdbcUrl, Path dataDir) throws IOException {
        return new BakuProcess(launch(dir, environment(jdbcUrl, dataDir), List.of("--baku.audit.verify=all")), 0,
                dir.resolve("stdout.log"));
    }

    private static Map<String, String> environment(String jdbcUrl, Path dataDir) {
        Map<String, String> env = new HashMap<>(Map.of("BAKU_DATA_DIR", dataDir.toString()));
        if (jdbcUrl != null) {
            env.putAll(Map.of("SPRING_DATASOURCE_URL", jdbcUrl, "SPRING_DATASOURCE_USERNAME", "root",
                    "SPRING_DATASOURCE_PASSWORD", ""));
        }
        return env;
    }

    private static Process launch(Path dir, Map<String, String> env, List<String> args) throws IOException {
        Files.createDirectories(dir);
        // C1 only: these processes live a minute or two on shared cores, where start-up CPU counts most.
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.log").toFile())
                .redirectError(dir.resolve("stderr.log").toFile());
        pb.environment().put("BAKU_DEMO", "true");
        pb.environment().put("BAKU_DEMO_HISTORY", "false");
        pb.environment().put("BAKU_SAML_KEY_SECRET", "crash-safety-secret");
        pb.environment().putAll(env);
        return pb.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void awaitHealthy() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("Baku stopped:\n" + tail(log) + "\n" + tail(log.resolveSibling("stderr.log")));
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("Baku not healthy after 4 minutes:\n" + tail(log));
    }

    /** SIGKILL: no shutdown hook, no graceful shutdown, in-flight requests cut off. */
    void kill() {
        process.toHandle().destroyForcibly();
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** SIGTERM, Spring's graceful shutdown (which stops an embedded database), and SIGKILL if that hangs. */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int awaitExit(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Not finished after " + timeout + ":\n" + tail(log));
        }
        return process.exitValue();
    }

    private static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
