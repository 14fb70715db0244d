package id.baku.execution.domain;

import id.baku.execution.StepStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

import java.time.Instant;

/** One execution of a step in a run; {@code requirements} holds the Kelengkapan check as JSON. */
@Entity
@Table(name = "step_execution")
public class StepExecution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private Long runId;
    private int step;
    private int attempt;
    private int executorColumn;
    @Enumerated(EnumType.STRING)
    private StepStatus status;
    private int standardMinutes;
    private Instant readyAt;
    private Instant dueAt;
    private String assignedTo;
    private String takenBy;
    private Instant takenAt;
    private String completedBy;
    private Instant completedAt;
    private String outcome;
    private Integer nextStep;
    private String requirements;
    private String outputText;
    private String note;
    private String deviations;
    private Instant overdueAt;
    @Version
    private int version;

    protected StepExecution() {
    }

    public StepExecution(long runId, int step, int attempt, int executorColumn, int standardMinutes, Instant readyAt) {
        this.runId = runId;
        this.step = step;
        this.attempt = attempt;
        this.executorColumn = executorColumn;
        this.standardMinutes = standardMinutes;
        this.readyAt = readyAt;
        this.dueAt = readyAt.plusSeconds(60L * standardMinutes);
        this.status = StepStatus.OPEN;
    }

    public void take(String username, Instant at) {
        status = StepStatus.TAKEN;
        takenBy = username;
        takenAt = at;
    }

    public void assign(String username) {
        assignedTo = username;
    }

    public void complete(String username, Instant at, String outcome, Integer nextStep, String requirements,
                         String outputText, String note, String deviations) {
        if (takenBy == null) {
            takenBy = username;
            takenAt = at;
        }
        this.status = StepStatus.DONE;
        this.completedBy = username;
        this.completedAt = at;
        this.outcome = outcome;
        this.nextStep = nextStep;
        this.requirements = requirements;
        this.outputText = outputText;
        this.note = note;
        this.deviations = deviations;
    }

    public void markOverdue(Instant at) {
        overdueAt = at;
    }

    public Long getId() { return id; }
    public Long getRunId() { return runId; }
    public int getStep() { return step; }
    public int getAttempt() { return attempt; }
    public int getExecutorColumn() { return executorColumn; }
    public StepStatus getStatus() { return status; }
    public int getStandardMinutes() { return standardMinutes; }
    public Instant getReadyAt() { return readyAt; }
    public Instant getDueAt() { return dueAt; }
    public String getAssignedTo() { return assignedTo; }
    public String getTakenBy() { return takenBy; }
    public Instant getTakenAt() { return takenAt; }
    public String getCompletedBy() { return completedBy; }
    public Instant getCompletedAt() { return completedAt; }
    public String getOutcome() { return outcome; }
    public Integer getNextStep() { return nextStep; }
    public String getRequirements() { return requirements; }
    public String getOutputText() { return outputText; }
    public String getNote() { return note; }
    public String getDeviations() { return deviations; }
    public Instant getOverdueAt() { return overdueAt; }
    public int getVersion() { return version; }
}
