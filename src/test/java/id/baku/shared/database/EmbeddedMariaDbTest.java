package id.baku.shared.database;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The zero-setup database keeps its data across restarts, wherever the working directory is. */
class EmbeddedMariaDbTest {

    @Test
    void data_survives_a_restart_even_in_a_folder_under_the_system_temp_dir() throws Exception {
        // the binaries come from the test database folder, so they are unpacked only once per build
        Path binaries = Path.of("target/test-db").toAbsolutePath();
        Path root = Files.createTempDirectory("baku-restart-");
        Files.createDirectories(binaries.resolve("mariadb-11.4"));
        Files.createSymbolicLink(root.resolve("mariadb-11.4"), binaries.resolve("mariadb-11.4"));

        EmbeddedMariaDb first = EmbeddedMariaDb.start(root, false);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl("restart_check"), "root", "");
             Statement s = c.createStatement()) {
            s.execute("create table marker (id int primary key, note varchar(50)) character set utf8mb4");
            s.execute("insert into marker values (1, 'Surat Keputusan Sekda')");
        } finally {
            first.shutdown();
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.start(root, false);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl("restart_check"), "root", "");
             Statement s = c.createStatement(); ResultSet rows = s.executeQuery("select note from marker")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Surat Keputusan Sekda");
        } finally {
            second.shutdown();
            try (var paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
