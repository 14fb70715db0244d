package id.baku.bench;

import com.zaxxer.hikari.HikariDataSource;
import id.baku.design.SopContent;
import id.baku.design.Step;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flowable 7's standalone engine (no Spring integration: it was built for Spring 6) on its own schema of
 * the benchmark's MariaDB server, running an SOP as a BPMN process: one user task per step, its candidate
 * group the step's jabatan, a decision followed by an exclusive gateway on the variable {@code choice}.
 */
final class FlowableEngine implements AutoCloseable {

    /** The task a run waits on: its id and the step it stands for. */
    record Pending(String taskId, int step) {
    }

    private final HikariDataSource dataSource;
    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final String key;
    private final java.util.concurrent.atomic.AtomicLong retries = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param history Flowable's history level ("audit" or "full")
     * @param pool    connections, as many as Baku's own pool has
     */
    FlowableEngine(String jdbcUrl, int pool, String history, String key, SopContent sop) {
        dataSource = new HikariDataSource();
        dataSource.setPoolName("flowable-bench");
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setMaximumPoolSize(pool);
        // At MariaDB's REPEATABLE READ, concurrent completions of different instances deadlock on gap locks
        // in Flowable's tables within seconds; READ COMMITTED is how Flowable is run on MySQL/MariaDB.
        dataSource.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        ProcessEngineConfiguration configuration = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setDataSource(dataSource)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(history)
                // No timers or asynchronous steps in the process: nothing for a job executor to do.
                .setAsyncExecutorActivate(false);
        // Flowable's default ids come in blocks fetched in a transaction of their own, which exhausts the pool
        // under load (every waiting thread holds a connection); UUIDs are what its Spring Boot starter uses.
        configuration.setIdGenerator(new StrongUuidGenerator());
        engine = configuration.buildProcessEngine();
        jdbc = JdbcClient.create(dataSource);
        this.key = key;
        engine.getRepositoryService().createDeployment().name(key).addString(key + ".bpmn20.xml", bpmn(key, sop))
                .deploy();
    }

    ProcessEngine engine() {
        return engine;
    }

    String start(String title) {
        return engine.getRuntimeService().startProcessInstanceByKey(key, title).getId();
    }

    /** The open task of a process instance, read with plain SQL as Baku's side reads its open step. */
    Optional<Pending> next(String processInstanceId) {
        return jdbc.sql("SELECT ID_, TASK_DEF_KEY_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?").param(processInstanceId)
                .query((rs, i) -> new Pending(rs.getString(1), Integer.parseInt(rs.getString(2).substring(4))))
                .optional();
    }

    /**
     * Completes a task as a person: first makes sure it is a task of one of their groups (as Baku checks
     * the jabatan), then completes it with the Kelengkapan and Output as variables, and the decision's
     * choice where there is one.
     */
    void complete(Pending task, String user, List<String> groups, Map<String, Object> variables) {
        Authentication.setAuthenticatedUserId(user);
        try {
            if (engine.getTaskService().createTaskQuery().taskId(task.taskId()).taskCandidateGroupIn(groups)
                    .singleResult() == null) {
                throw new IllegalStateException("task " + task.taskId() + " is not for " + user);
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    engine.getTaskService().complete(task.taskId(), user, variables);
                    return;
                } catch (RuntimeException e) {
                    // A deadlock rolled the completion back: try again, as an application on Flowable would.
                    if (attempt == 3 || !deadlock(e)) {
                        throw e;
                    }
                    retries.incrementAndGet();
                }
            }
        } finally {
            Authentication.setAuthenticatedUserId(null);
        }
    }

    /** Completions tried again after a deadlock. */
    long retries() {
        return retries.get();
    }

    private static boolean deadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }

    /** The SOP as BPMN 2.0: start, a user task per step (candidate group {@code position-<id>}), end. */
    static String bpmn(String key, SopContent sop) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:flowable="http://flowable.org/bpmn" targetNamespace="https://baku.id/bench">
                """);
        xml.append("<process id=\"").append(key).append("\" isExecutable=\"true\">\n<startEvent id=\"start\"/>\n")
                .append(flow("start", "step1", null));
        List<Step> steps = sop.steps();
        for (int n = 1; n <= steps.size(); n++) {
            Step step = steps.get(n - 1);
            Long position = sop.executors().get(step.executor() - 1).positionId();
            xml.append("<userTask id=\"step").append(n).append("\" name=\"").append(escape(step.activity()))
                    .append("\" flowable:candidateGroups=\"position-").append(position).append("\"/>\n");
            if (step.isDecision()) {
                xml.append("<exclusiveGateway id=\"gateway").append(n).append("\"/>\n")
                        .append(flow("step" + n, "gateway" + n, null))
                        .append(flow("gateway" + n, "step" + step.yes().target(), "YES"))
                        .append(flow("gateway" + n, "step" + step.no().target(), "NO"));
            } else {
                xml.append(flow("step" + n, n < steps.size() ? "step" + (n + 1) : "end", null));
            }
        }
        return xml.append("<endEvent id=\"end\"/>\n</process>\n</definitions>\n").toString();
    }

    private static String flow(String from, String to, String choice) {
        String id = "flow-" + from + "-" + to + (choice == null ? "" : "-" + choice);
        if (choice == null) {
            return "<sequenceFlow id=\"" + id + "\" sourceRef=\"" + from + "\" targetRef=\"" + to + "\"/>\n";
        }
        return "<sequenceFlow id=\"" + id + "\" sourceRef=\"" + from + "\" targetRef=\"" + to + "\">"
                + "<conditionExpression xsi:type=\"tFormalExpression\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<![CDATA[${choice == '" + choice + "'}]]></conditionExpression></sequenceFlow>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
