package id.baku.bench;

import id.baku.design.SopContent;
import id.baku.design.Step;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates runs of a pemda's SOPs straight into {@code sop_run} and {@code step_execution} with
 * multi-row INSERTs (the UI path would take hours for a million rows), shaped like real use: steps one
 * after another, each ready when the previous one is done, most within their Waktu, some late, some
 * with a Kelengkapan item or the Output missing, decisions now and then sending the run back (a second
 * attempt), and the runs that would end after the period still open. Then it derives the kept figures
 * from those rows with INSERT … SELECT … GROUP BY statements that do what
 * {@code compliance.domain.StatisticsWriter} does per event.
 */
final class ComplianceData {

    /** An SOP to run: its ids and steps. */
    record Sop(long sopId, long versionId, long unitId, SopContent content) {
    }

    private static final int ROWS_PER_INSERT = 1000;
    private static final int COMMIT_EVERY_RUNS = 2_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final long tenantId;
    private final List<String> usernames;
    private final Random random = new Random(20261126);

    ComplianceData(DataSource dataSource, JdbcClient jdbc, long tenantId, List<String> usernames) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tenantId = tenantId;
        this.usernames = usernames;
    }

    /**
     * Runs started between {@code from} and {@code to} until {@code stepExecutions} step executions
     * exist; SOPs are run unevenly (a few often, most seldom). Returns the id of the first generated run.
     */
    long generate(List<Sop> sops, Instant from, Instant to, int stepExecutions) throws SQLException {
        double[] weights = new double[sops.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 / Math.pow(i + 1, 0.8);
            total += weights[i];
        }
        // How disciplined each SOP's people are: a deviation is 0.3 to 1.5 times as likely as on average.
        double[] laxness = new double[sops.size()];
        for (int i = 0; i < laxness.length; i++) {
            laxness[i] = 0.3 + 1.2 * random.nextDouble();
        }
        long firstRun = jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM sop_run").query(Long.class).single();
        long runId = firstRun;
        int made = 0;
        long span = to.getEpochSecond() - from.getEpochSecond();
        try (Connection c = dataSource.getConnection();
             Rows runs = new Rows(c, null, "sop_run", "id, tenant_id, sop_id, sop_version_id, unit_id, title, reference, "
                     + "status, started_by, started_at, completed_at, version");
             Rows steps = new Rows(c, runs, "step_execution", "tenant_id, run_id, step, attempt, executor_column, status, "
                     + "standard_minutes, ready_at, due_at, taken_by, taken_at, completed_by, completed_at, outcome, "
                     + "next_step, requirements, output_text, deviations, version")) {
            c.setAutoCommit(false);
            List<Object[]> runSteps = new ArrayList<>();
            while (made < stepExecutions) {
                int which = pick(weights, total);
                Sop sop = sops.get(which);
                double lax = laxness[which];
                List<Step> plan = sop.content().steps();
                Instant started = from.plusSeconds((long) (random.nextDouble() * span));
                String starter = usernames.get(random.nextInt(usernames.size()));
                int[] attempts = new int[plan.size() + 1];
                boolean looped = false;
                Instant ready = started;
                Instant completed = null;
                int n = 1;
                while (n > 0 && made < stepExecutions) {
                    Step step = plan.get(n - 1);
                    int standard = step.standard().minutes();
                    attempts[n]++;
                    long seconds = duration(standard, lax);
                    Instant done = ready.plusSeconds(seconds);
                    Instant due = ready.plusSeconds(60L * standard);
                    made++;
                    if (!done.isBefore(to)) {
                        // Still being worked on when the period ends: open, as the run.
                        runSteps.add(row(tenantId, runId, n, attempts[n], step.executor(), "OPEN", standard, utc(ready),
                                utc(due), null, null, null, null, null, null, null, null, null, 0));
                        break;
                    }
                    boolean incomplete = !step.standard().requirements().isEmpty() && random.nextDouble() < 0.03 * lax;
                    boolean noOutput = step.standard().output() != null && random.nextDouble() < 0.02 * lax;
                    List<String> deviations = new ArrayList<>();
                    if (standard > 0 && done.isAfter(due)) {
                        deviations.add("LATE");
                    }
                    if (incomplete) {
                        deviations.add("INCOMPLETE");
                    }
                    if (noOutput) {
                        deviations.add("NO_OUTPUT");
                    }
                    int next = n < plan.size() ? n + 1 : 0;
                    String outcome = null;
                    if (step.isDecision()) {
                        boolean back = !looped && step.no() != null && random.nextDouble() < 0.05;
                        looped |= back;
                        outcome = back ? "NO" : "YES";
                        next = back ? step.no().target() : step.yes() == null ? next : step.yes().target();
                        next = next > plan.size() ? 0 : next;
                    }
                    String by = usernames.get(random.nextInt(usernames.size()));
                    runSteps.add(row(tenantId, runId, n, attempts[n], step.executor(), "DONE", standard, utc(ready), utc(due), by,
                            utc(ready), by, utc(done), outcome, next == 0 ? null : next, checks(step, incomplete),
                            noOutput ? null : "Hasil langkah " + n, String.join(",", deviations), 1));
                    ready = done;
                    n = next;
                    if (n == 0) {
                        completed = done;
                    }
                }
                runs.add(row(runId, tenantId, sop.sopId(), sop.versionId(), sop.unitId(),
                        sop.content().title() + " — pelaksanaan " + runId, random.nextInt(3) == 0 ? "ND/" + runId : null,
                        completed == null ? "RUNNING" : "COMPLETED", starter, utc(started),
                        completed == null ? null : utc(completed), 0));
                for (Object[] row : runSteps) {
                    steps.add(row);
                }
                runSteps.clear();
                runId++;
                if (runId % COMMIT_EVERY_RUNS == 0) {
                    c.commit();
                }
            }
            runs.flush();
            steps.flush();
            c.commit();
        }
        return firstRun;
    }

    /**
     * The kept figures of the generated runs, as the listeners would have counted them event by event:
     * months of the pemda's calendar ({@code offsetSeconds}: WIB/WITA/WIT have no daylight saving), a
     * run within when none of its steps deviated, buckets of a tenth of the step's Waktu up to 30.
     */
    void deriveStatistics(long firstRun, int offsetSeconds) {
        String month = "DATE_FORMAT(%s + INTERVAL " + offsetSeconds + " SECOND, '%%Y-%%m-01')";
        String started = month.formatted("r.started_at");
        String completed = month.formatted("r.completed_at");
        String stepDone = month.formatted("e.completed_at");
        String seconds = "GREATEST(0, TIMESTAMPDIFF(SECOND, e.ready_at, e.completed_at))";
        jdbc.sql("INSERT INTO run_statistic (tenant_id, sop_id, unit_id, month, started) "
                + "SELECT r.tenant_id, r.sop_id, MIN(r.unit_id), " + started + ", COUNT(*) FROM sop_run r WHERE r.id >= ? "
                + "GROUP BY r.tenant_id, r.sop_id, " + started
                + " ON DUPLICATE KEY UPDATE started = started + VALUES(started)").param(firstRun).update();
        jdbc.sql("INSERT INTO run_statistic (tenant_id, sop_id, unit_id, month, completed, completed_within) "
                + "SELECT r.tenant_id, r.sop_id, MIN(r.unit_id), " + completed + ", COUNT(*), SUM(NOT EXISTS "
                + "(SELECT 1 FROM step_execution x WHERE x.run_id = r.id AND x.deviations <> '')) "
                + "FROM sop_run r WHERE r.id >= ? AND r.status = 'COMPLETED' GROUP BY r.tenant_id, r.sop_id, " + completed
                + " ON DUPLICATE KEY UPDATE completed = completed + VALUES(completed), "
                + "completed_within = completed_within + VALUES(completed_within)").param(firstRun).update();
        jdbc.sql("INSERT INTO step_statistic (tenant_id, sop_id, unit_id, step, month, executions, within_standard, "
                + "late, incomplete, no_output, total_seconds, standard_minutes) "
                + "SELECT r.tenant_id, r.sop_id, MIN(r.unit_id), e.step, " + stepDone + ", COUNT(*), SUM(e.deviations = ''), "
                + "SUM(e.deviations LIKE '%LATE%'), SUM(e.deviations LIKE '%INCOMPLETE%'), "
                + "SUM(e.deviations LIKE '%NO_OUTPUT%'), SUM(" + seconds + "), MAX(e.standard_minutes) "
                + "FROM step_execution e JOIN sop_run r ON r.id = e.run_id WHERE r.id >= ? AND e.status = 'DONE' "
                + "GROUP BY r.tenant_id, r.sop_id, e.step, " + stepDone
                + " ON DUPLICATE KEY UPDATE executions = executions + VALUES(executions), "
                + "within_standard = within_standard + VALUES(within_standard), late = late + VALUES(late), "
                + "incomplete = incomplete + VALUES(incomplete), no_output = no_output + VALUES(no_output), "
                + "total_seconds = total_seconds + VALUES(total_seconds), standard_minutes = VALUES(standard_minutes)")
                .param(firstRun).update();
        String bucket = "LEAST(30, (" + seconds + " * 10) DIV (e.standard_minutes * 60))";
        jdbc.sql("INSERT INTO step_statistic_bucket (tenant_id, sop_id, step, month, bucket, executions) "
                + "SELECT r.tenant_id, r.sop_id, e.step, " + stepDone + ", " + bucket + ", COUNT(*) "
                + "FROM step_execution e JOIN sop_run r ON r.id = e.run_id "
                + "WHERE r.id >= ? AND e.status = 'DONE' AND e.standard_minutes > 0 "
                + "GROUP BY r.tenant_id, r.sop_id, e.step, " + stepDone + ", " + bucket
                + " ON DUPLICATE KEY UPDATE executions = executions + VALUES(executions)").param(firstRun).update();
    }

    private int pick(double[] weights, double total) {
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x <= 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * Seconds a step took: on average 90 % within the Waktu (30-100 % of it), 8 % up to twice it and
     * 2 % two to four times it; {@code lax} scales the late shares.
     */
    private long duration(int standardMinutes, double lax) {
        if (standardMinutes <= 0) {
            return 300 + random.nextInt(3300);
        }
        double r = random.nextDouble();
        double share = r < 0.08 * lax ? 1.01 + random.nextDouble() : r < 0.10 * lax ? 2 + 2 * random.nextDouble()
                : 0.3 + 0.7 * random.nextDouble();
        return (long) (share * standardMinutes * 60);
    }

    /** The Kelengkapan check as ExecutionService stores it: JSON of item and present. */
    private String checks(Step step, boolean incomplete) {
        List<String> items = step.standard().requirements();
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            json.append(i > 0 ? "," : "").append("{\"item\":\"").append(items.get(i).replace("\"", "\\\""))
                    .append("\",\"present\":").append(!(incomplete && i == 0)).append('}');
        }
        return json.append(']').toString();
    }

    private static Object[] row(Object... values) {
        return values;
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Rows of one table, sent {@value #ROWS_PER_INSERT} at a time as one multi-row INSERT. */
    private static final class Rows implements AutoCloseable {
        private final Connection connection;
        private final Rows parent;
        private final String sql;
        private final int columns;
        private final List<Object[]> pending = new ArrayList<>();
        private PreparedStatement full;

        /** @param parent rows these refer to (foreign key), written first */
        Rows(Connection connection, Rows parent, String table, String columns) {
            this.connection = connection;
            this.parent = parent;
            this.columns = columns.split(",").length;
            this.sql = "INSERT INTO " + table + " (" + columns + ") VALUES ";
        }

        void add(Object[] values) throws SQLException {
            pending.add(values);
            if (pending.size() == ROWS_PER_INSERT) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending.isEmpty()) {
                return;
            }
            if (parent != null) {
                parent.flush();
            }
            PreparedStatement statement;
            if (pending.size() == ROWS_PER_INSERT) {
                if (full == null) {
                    full = connection.prepareStatement(sql + placeholders(ROWS_PER_INSERT));
                }
                statement = full;
            } else {
                statement = connection.prepareStatement(sql + placeholders(pending.size()));
            }
            int i = 1;
            for (Object[] row : pending) {
                for (Object value : row) {
                    statement.setObject(i++, value);
                }
            }
            statement.executeUpdate();
            if (statement != full) {
                statement.close();
            }
            pending.clear();
        }

        private String placeholders(int rows) {
            String row = "(" + "?,".repeat(columns - 1) + "?)";
            return String.join(",", java.util.Collections.nCopies(rows, row));
        }

        @Override
        public void close() throws SQLException {
            if (full != null) {
                full.close();
            }
        }
    }
}
