package id.baku.deploy;

import id.baku.design.SopService;
import id.baku.execution.EffectiveSops;
import id.baku.execution.ExecutionService;
import id.baku.ratification.RatificationService;
import id.baku.shared.database.EmbeddedMariaDb;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup of docs/deploy.md: a consistent dump of the live database with the documented
 * options (the MariaDB client stands in for MySQL's mysqldump), restored into a fresh server, holds
 * every table with the same rows, byte for byte, including Liquibase's history, so a Baku started on
 * it migrates nothing.
 */
@IntegrationTest
class BackupRestoreIntegrationTest {

    @Autowired EmbeddedMariaDb live;
    @Autowired JdbcClient jdbc;
    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired RatificationService ratification;
    @Autowired ExecutionService execution;

    private Long sopId;

    @AfterEach
    void tearDown() {
        SignIn.out();
        if (sopId != null) {
            jdbc.sql("delete from sop where id = ?").param(sopId).update();
        }
    }

    @Test
    void a_dump_restored_into_a_fresh_database_holds_everything() throws Exception {
        // Some of everything: an SOP ratified and in force, a run of it, their audit events.
        sopId = EffectiveSops.peliputan(signIn, sops, ratification);
        signIn.as("kabid.dikp.tangerang");
        execution.start(sopId, "Peliputan sebelum pencadangan", null);
        Path work = Files.createDirectories(Path.of("target/backup-restore"));
        Path dump = work.resolve("baku.sql");
        Path bin = live.getConfiguration().getBaseDir().toPath().resolve("bin");

        // --single-transaction is a consistent snapshot only for transactional tables.
        assertThat(jdbc.sql("select table_name from information_schema.tables where table_schema = 'baku' "
                + "and engine <> 'InnoDB'").query(String.class).list()).isEmpty();

        // Baku's jobs keep writing (the overdue job's lease): dump again until nothing changed meanwhile.
        Map<String, String> original;
        int attempts = 0;
        do {
            original = contents(jdbc);
            run(new ProcessBuilder(bin.resolve("mariadb-dump").toString(), "--host=127.0.0.1",
                    "--port=" + live.port(), "--user=root", "--skip-ssl", "--single-transaction", "--quick",
                    "--routines", "--triggers", "--events", "--hex-blob", "--default-character-set=utf8mb4",
                    "--databases", "baku").redirectOutput(dump.toFile()));
        } while (!contents(jdbc).equals(original) && ++attempts < 3);
        assertThat(Files.size(dump)).isGreaterThan(10_000);

        EmbeddedMariaDb fresh = EmbeddedMariaDb.start(work.resolve("db"), true);
        try {
            run(new ProcessBuilder(bin.resolve("mariadb").toString(), "--host=127.0.0.1", "--port=" + fresh.port(),
                    "--user=root", "--skip-ssl", "--default-character-set=utf8mb4").redirectInput(dump.toFile()));
            JdbcClient restored = JdbcClient.create(new DriverManagerDataSource(fresh.jdbcUrl("baku"), "root", ""));

            assertThat(original).containsKeys("tenant", "sop_version", "audit_event", "DATABASECHANGELOG")
                    .hasSizeGreaterThan(30);
            assertThat(contents(restored)).isEqualTo(original);
            assertThat(restored.sql("select code from tenant order by code").query(String.class).list())
                    .containsExactly("kabupaten-lamandau", "kabupaten-mojokerto", "kota-tangerang");
            assertThat(restored.sql("select count(*) from sop_run where title = 'Peliputan sebelum pencadangan'")
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(restored.sql("select count(*) from audit_event where action = 'run.started'")
                    .query(Long.class).single()).isPositive();
        } finally {
            fresh.shutdown();
        }
    }

    /** Per table: its row count and MariaDB's checksum of every row. */
    private static Map<String, String> contents(JdbcClient db) {
        List<String> tables = new ArrayList<>(db.sql("select table_name from information_schema.tables "
                + "where table_schema = 'baku' order by table_name").query(String.class).list());
        Map<String, String> contents = new LinkedHashMap<>();
        for (String table : tables) {
            long rows = db.sql("select count(*) from `" + table + "`").query(Long.class).single();
            Long checksum = db.sql("checksum table `" + table + "` extended")
                    .query((rs, n) -> rs.getLong("Checksum")).single();
            contents.put(table, rows + " rows, checksum " + checksum);
        }
        return contents;
    }

    private static void run(ProcessBuilder process) throws IOException, InterruptedException {
        Process p = process.redirectError(ProcessBuilder.Redirect.PIPE).start();
        String errors = new String(p.getErrorStream().readAllBytes());
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", process.command()) + ": " + errors).isZero();
    }
}
