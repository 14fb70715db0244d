package id.baku.deploy;

import id.baku.deploy.Ledger.Completion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the database must hold after any crash, read with SQL: every run of the clients is one unbroken path
 * of step executions (each done one names the next, which exists once, as the next attempt of its step), every
 * change has its audit event and only those, and the clients' acknowledged completions are all there.
 */
final class Consistency {

    private record Row(long id, int step, int attempt, String status, Integer nextStep, String completedBy) {
    }

    private Consistency() {
    }

    /**
     * @param ledger  the completions of the load that the crash cut short
     * @param earlier the completions of every load before it: what they got acknowledged must still be there
     */
    static void check(Connection c, Ledger ledger, Ledger earlier) throws SQLException {
        Map<Long, String> runs = runs(c);
        Map<Long, List<Row>> rows = rows(c);
        Map<String, Integer> events = events(c);
        List<String> problems = new ArrayList<>();
        Map<Long, Row> byId = new HashMap<>();
        for (Map.Entry<Long, String> run : runs.entrySet()) {
            List<Row> path = rows.getOrDefault(run.getKey(), List.of());
            path.forEach(r -> byId.put(r.id(), r));
            checkRun(run.getKey(), run.getValue(), path, events, problems);
        }
        int recorded = 0;
        List<Completion> acknowledged = new ArrayList<>(earlier.acknowledged());
        acknowledged.addAll(ledger.acknowledged());
        for (Completion sent : acknowledged) {
            Row row = byId.get(sent.stepId());
            if (row == null || !"DONE".equals(row.status()) || !sent.username().equals(row.completedBy())) {
                problems.add("acknowledged completion of step execution " + sent.stepId() + " lost: " + row);
            }
        }
        for (Completion sent : ledger.unknown()) {
            Row row = byId.get(sent.stepId());
            if (row != null && "DONE".equals(row.status())) {
                recorded++;
                if (!sent.username().equals(row.completedBy())) {
                    problems.add("step execution " + sent.stepId() + " done by someone else: " + row);
                }
            }
        }
        assertThat(problems).as("consistency after the crash").isEmpty();
        CrashSafetyIT.log("consistent: " + runs.size() + " runs, " + byId.size() + " step executions, "
                + ledger.acknowledged().size() + " acknowledged completions there (and " + earlier.acknowledged().size()
                + " of earlier loads); of " + ledger.unknown().size()
                + " without a known outcome " + recorded + " recorded, " + (ledger.unknown().size() - recorded)
                + " not");
    }

    private static void checkRun(long run, String status, List<Row> path, Map<String, Integer> events,
                                 List<String> problems) {
        expectEvents(events, "run.started", "run:" + run, 1, problems);
        expectEvents(events, "run.completed", "run:" + run, "COMPLETED".equals(status) ? 1 : 0, problems);
        if (path.isEmpty() || path.getFirst().step() != 1) {
            problems.add("run " + run + " does not start at step 1: " + path);
            return;
        }
        Map<Integer, Integer> attempts = new HashMap<>();
        for (int i = 0; i < path.size(); i++) {
            Row row = path.get(i);
            boolean done = "DONE".equals(row.status());
            boolean last = i == path.size() - 1;
            int attempt = attempts.merge(row.step(), 1, Integer::sum);
            if (row.attempt() != attempt) {
                problems.add("run " + run + ": attempt " + row.attempt() + " of step " + row.step() + " where "
                        + attempt + " was due: " + path);
            }
            if (!last && (!done || !Objects.equals(row.nextStep(), path.get(i + 1).step()))) {
                problems.add("run " + run + ": step execution " + row.id() + " is not followed by the step it "
                        + "names: " + path);
            }
            if (last && "RUNNING".equals(status) == done) {
                problems.add("run " + run + " (" + status + ") ends with step execution " + row);
            }
            if (last && done && row.nextStep() != null) {
                problems.add("run " + run + ": the step " + row.nextStep() + " after " + row + " is missing");
            }
            String subject = "step-execution:" + row.id();
            expectEvents(events, "step.ready", subject, 1, problems);
            expectEvents(events, "step.completed", subject, done ? 1 : 0, problems);
        }
    }

    private static void expectEvents(Map<String, Integer> events, String action, String subject, int expected,
                                     List<String> problems) {
        int found = events.getOrDefault(action + " " + subject, 0);
        if (found != expected) {
            problems.add(found + " audit events " + action + " of " + subject + " where " + expected + " are due");
        }
    }

    private static Map<Long, String> runs(Connection c) throws SQLException {
        Map<Long, String> runs = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("select id, status from sop_run where title = ? order by id")) {
            s.setString(1, Clients.RUN_TITLE);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    runs.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return runs;
    }

    private static Map<Long, List<Row>> rows(Connection c) throws SQLException {
        Map<Long, List<Row>> rows = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select e.run_id, e.id, e.step, e.attempt, e.status, "
                + "e.next_step, e.completed_by from step_execution e join sop_run r on r.id = e.run_id "
                + "where r.title = ? order by e.run_id, e.id")) {
            s.setString(1, Clients.RUN_TITLE);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.computeIfAbsent(rs.getLong(1), run -> new ArrayList<>()).add(new Row(rs.getLong(2),
                            rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getObject(6, Integer.class),
                            rs.getString(7)));
                }
            }
        }
        return rows;
    }

    /** How many events of each (action, subject) the audit trail holds, for the actions of runs. */
    private static Map<String, Integer> events(Connection c) throws SQLException {
        Map<String, Integer> events = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select action, subject, count(*) from audit_event "
                + "where action in ('run.started', 'run.completed', 'step.ready', 'step.completed') "
                + "group by action, subject");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                events.put(rs.getString(1) + " " + rs.getString(2), rs.getInt(3));
            }
        }
        return events;
    }
}
