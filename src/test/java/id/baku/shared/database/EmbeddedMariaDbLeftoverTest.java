package id.baku.shared.database;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which leftover servers a start stops. A copy of {@code cat} named {@code bin/mariadbd} stands in for the server:
 * it runs until stopped and shows {@code --datadir=…} on its command line (POSIXLY_CORRECT: an operand, not an
 * option) and waits on its stdin until stopped.
 */
@EnabledOnOs(OS.LINUX)
class EmbeddedMariaDbLeftoverTest {

    @TempDir
    Path root;

    private final List<ProcessHandle> started = new ArrayList<>();

    @AfterEach
    void stopStandIns() {
        started.forEach(ProcessHandle::destroy);
    }

    @Test
    void an_orphaned_server_of_the_data_folder_is_stopped_and_others_are_left_alone() throws Exception {
        Path base = standInBinaries();
        Path data = root.resolve("db");
        ProcessHandle orphan = orphan(base, data);
        ProcessHandle otherFolder = orphan(base, root.resolve("other-db"));

        EmbeddedMariaDb.stopLeftoverServer(base, data);

        assertThat(orphan.isAlive()).as("the leftover of this data folder").isFalse();
        assertThat(otherFolder.isAlive()).as("a server of another data folder").isTrue();
    }

    @Test
    void a_server_whose_baku_still_runs_is_not_stopped_and_the_start_fails() throws Exception {
        Path base = standInBinaries();
        Path data = root.resolve("db");
        // A child of this JVM, as a running Baku's own server is.
        ProcessBuilder builder = new ProcessBuilder(base.resolve("bin/mariadbd").toString(), "-", "--datadir=" + data)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("POSIXLY_CORRECT", "1");
        Process running = builder.start(); // stdin: a pipe this JVM keeps open
        started.add(running.toHandle());
        awaitCommandLine(running.toHandle());

        assertThatThrownBy(() -> EmbeddedMariaDb.stopLeftoverServer(base, data))
                .hasMessageContaining("another running Baku");
        assertThat(running.isAlive()).isTrue();
    }

    private Path standInBinaries() throws Exception {
        Path base = root.resolve("mariadb-11.4");
        Path server = Files.createDirectories(base.resolve("bin")).resolve("mariadbd");
        Files.copy(Path.of("/bin/cat"), server, StandardCopyOption.COPY_ATTRIBUTES);
        return base;
    }

    /** Started by a shell that exits at once: the stand-in's parent is then init (or a subreaper), not Java. */
    private ProcessHandle orphan(Path base, Path data) throws Exception {
        Path pidFile = root.resolve("orphan-" + data.getFileName() + ".pid");
        Process shell = new ProcessBuilder("/bin/sh", "-c",
                "POSIXLY_CORRECT=1 \"$0\" - \"--datadir=$1\" <>\"$2\" >/dev/null 2>&1 & echo $! >\"$3\"",
                base.resolve("bin/mariadbd").toString(), data.toString(), fifo().toString(), pidFile.toString())
                .start();
        assertThat(shell.waitFor(10, TimeUnit.SECONDS)).isTrue();
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle orphan = ProcessHandle.of(pid).orElseThrow();
        started.add(orphan);
        awaitCommandLine(orphan);
        return orphan;
    }

    private Path fifo() throws Exception {
        Path fifo = root.resolve("fifo-" + started.size() + "-" + System.nanoTime());
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        return fifo;
    }

    /** Until exec has replaced the shell or JVM image, the command line is not yet the stand-in's. */
    private static void awaitCommandLine(ProcessHandle process) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Optional<String> command = process.info().command();
            if (command.isPresent() && command.get().endsWith("/mariadbd")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The stand-in server did not start: " + process.info());
    }
}
