package id.baku.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak on 127.0.0.1, started from the distribution Maven unpacked into {@code target/}
 * ({@code keycloak.home}, set by failsafe) with a fresh database and one realm imported from
 * {@code src/test/resources/keycloak/}. The realm file may name environment variables
 * ({@code ${BAKU_PORT}}); their values are given to {@link #start}. A Keycloak that does not come
 * up fails the test with the tail of its log.
 */
final class Keycloak implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(5);

    private final Path home;
    private final String realm;
    private final int port = freePort();
    private final Path log = Path.of("target/keycloak.log").toAbsolutePath();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    Keycloak(String realm) {
        String configured = System.getProperty("keycloak.home");
        if (configured == null || !Files.isExecutable(Path.of(configured, "bin", "kc.sh"))) {
            throw new IllegalStateException("No Keycloak at keycloak.home=" + configured
                    + ": run the test through Maven (./mvnw verify), which unpacks Keycloak into target/");
        }
        this.home = Path.of(configured).toAbsolutePath();
        this.realm = realm;
    }

    /** Starts Keycloak with a fresh database and waits until the realm answers. */
    Keycloak start(Map<String, String> realmVariables) throws IOException, InterruptedException {
        Path data = home.resolve("data");
        deleteRecursively(data);
        Path imports = Files.createDirectories(data.resolve("import"));
        Files.copy(Path.of("src/test/resources/keycloak/" + realm + "-realm.json"), imports.resolve(realm + "-realm.json"));
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + freePort(),
                "--import-realm")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-baku-test");
        env.putAll(realmVariables);
        process = builder.start();
        // also when the test JVM is stopped before the class ends (Ctrl-C, a failsafe timeout)
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "keycloak-stop"));
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped with exit code " + process.exitValue() + "\n" + logTail());
            }
            if (status(realmUrl() + "/protocol/saml/descriptor") == 200) {
                return this;
            }
            Thread.sleep(1_000);
        }
        close();
        throw new IllegalStateException("Keycloak did not answer within " + STARTUP + "\n" + logTail());
    }

    String realmUrl() {
        return "http://127.0.0.1:" + port + "/realms/" + realm;
    }

    /** The realm's SAML IdP metadata, as a tenant admin would download it. */
    String idpMetadata() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/saml/descriptor"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("IdP metadata: HTTP " + response.statusCode() + "\n" + logTail());
        }
        return response.body();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "---- " + log + " (last 80 lines) ----\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no Keycloak log at " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Stops Keycloak and every process it started (kc.sh runs java as its child). */
    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
        process = null;
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
