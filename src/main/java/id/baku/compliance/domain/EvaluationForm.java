package id.baku.compliance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A Formulir Evaluasi SOP AP of one SOP and year. */
@Entity
@Table(name = "evaluation_form")
public class EvaluationForm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private Long sopId;
    private Long sopVersionId;
    private Long unitId;
    private String sopNumber;
    private String sopTitle;
    private int year;
    private String status;
    private String recommendation;
    private String recommendationNote;
    private String openedBy;
    private Instant openedAt;
    private String evaluator;
    private String evaluatorName;
    private String evaluatorNip;
    private String evaluatorPosition;
    private Instant finalisedAt;
    private String updatedBy;
    private Instant updatedAt;
    private Long revisionVersionId;
    private Instant retiredAt;
    @Version
    private int version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_answer", joinColumns = @JoinColumn(name = "form_id"))
    @OrderBy("criterion")
    private List<EvaluationAnswer> answers = new ArrayList<>();

    protected EvaluationForm() {
    }

    public EvaluationForm(long sopId, long sopVersionId, long unitId, String sopNumber, String sopTitle, int year,
                          String openedBy, Instant openedAt) {
        this.sopId = sopId;
        this.sopVersionId = sopVersionId;
        this.unitId = unitId;
        this.sopNumber = sopNumber;
        this.sopTitle = sopTitle;
        this.year = year;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.status = MonitoringForm.OPEN;
    }

    public void answer(List<EvaluationAnswer> answers, String recommendation, String note, String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
        this.answers.clear();
        this.answers.addAll(answers);
        this.recommendation = recommendation;
        this.recommendationNote = note;
    }

    public void finalise(String evaluator, String name, String nip, String position, Instant at) {
        this.evaluator = evaluator;
        this.evaluatorName = name;
        this.evaluatorNip = nip;
        this.evaluatorPosition = position;
        this.finalisedAt = at;
        this.status = MonitoringForm.FINAL;
    }

    public void revisionStarted(long versionId) {
        this.revisionVersionId = versionId;
    }

    public void retired(Instant at) {
        this.retiredAt = at;
    }

    public boolean isFinal() {
        return MonitoringForm.FINAL.equals(status);
    }

    public Long getId() { return id; }
    public Long getSopId() { return sopId; }
    public Long getSopVersionId() { return sopVersionId; }
    public Long getUnitId() { return unitId; }
    public String getSopNumber() { return sopNumber; }
    public String getSopTitle() { return sopTitle; }
    public int getYear() { return year; }
    public String getStatus() { return status; }
    public String getRecommendation() { return recommendation; }
    public String getRecommendationNote() { return recommendationNote; }
    public String getOpenedBy() { return openedBy; }
    public String getEvaluator() { return evaluator; }
    public String getEvaluatorName() { return evaluatorName; }
    public String getEvaluatorNip() { return evaluatorNip; }
    public String getEvaluatorPosition() { return evaluatorPosition; }
    public Instant getFinalisedAt() { return finalisedAt; }
    public Long getRevisionVersionId() { return revisionVersionId; }
    public Instant getRetiredAt() { return retiredAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
    public List<EvaluationAnswer> getAnswers() { return answers; }
}
