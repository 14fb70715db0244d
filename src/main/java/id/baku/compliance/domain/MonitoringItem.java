package id.baku.compliance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One SOP's row on a monitoring form: what the execution data propose and what the monitor confirmed. */
@Entity
@Table(name = "monitoring_item")
public class MonitoringItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int position;
    private Long sopId;
    private String sopNumber;
    private String sopTitle;
    private String proposed;
    private int runsStarted;
    private int runsCompleted;
    private int stepExecutions;
    private int stepsWithin;
    private int late;
    private int incomplete;
    private int noOutput;
    private String worstStep;
    private String assessment;
    private String note;
    private String action;
    private String confirmedBy;
    private String confirmedName;
    private Instant confirmedAt;

    protected MonitoringItem() {
    }

    public MonitoringItem(long sopId) {
        this.sopId = sopId;
    }

    /** The SOP as listed and the figures of the half-year, refreshed while the form is open. */
    public void propose(int position, String sopNumber, String sopTitle, String proposed, int runsStarted,
                        int runsCompleted, int stepExecutions, int stepsWithin, int late, int incomplete, int noOutput,
                        String worstStep) {
        this.position = position;
        this.sopNumber = sopNumber;
        this.sopTitle = sopTitle;
        this.proposed = proposed;
        this.runsStarted = runsStarted;
        this.runsCompleted = runsCompleted;
        this.stepExecutions = stepExecutions;
        this.stepsWithin = stepsWithin;
        this.late = late;
        this.incomplete = incomplete;
        this.noOutput = noOutput;
        this.worstStep = worstStep;
    }

    /** The monitor's assessment; their paraf is renewed only when what they confirm changes. */
    public void assess(String assessment, String note, String action, String by, String byName, Instant at) {
        boolean changed = !java.util.Objects.equals(this.assessment, assessment) || !java.util.Objects.equals(this.note, note)
                || !java.util.Objects.equals(this.action, action);
        this.assessment = assessment;
        this.note = note;
        this.action = action;
        if (changed) {
            this.confirmedBy = assessment == null ? null : by;
            this.confirmedName = assessment == null ? null : byName;
            this.confirmedAt = assessment == null ? null : at;
        }
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public Long getSopId() { return sopId; }
    public String getSopNumber() { return sopNumber; }
    public String getSopTitle() { return sopTitle; }
    public String getProposed() { return proposed; }
    public int getRunsStarted() { return runsStarted; }
    public int getRunsCompleted() { return runsCompleted; }
    public int getStepExecutions() { return stepExecutions; }
    public int getStepsWithin() { return stepsWithin; }
    public int getLate() { return late; }
    public int getIncomplete() { return incomplete; }
    public int getNoOutput() { return noOutput; }
    public String getWorstStep() { return worstStep; }
    public String getAssessment() { return assessment; }
    public String getNote() { return note; }
    public String getAction() { return action; }
    public String getConfirmedBy() { return confirmedBy; }
    public String getConfirmedName() { return confirmedName; }
    public Instant getConfirmedAt() { return confirmedAt; }
}
