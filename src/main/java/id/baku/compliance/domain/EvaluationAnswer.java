package id.baku.compliance.domain;

import jakarta.persistence.Embeddable;

/** A criterion of the evaluation answered Ya (true), Tidak (false) or not yet (null), with a note. */
@Embeddable
public class EvaluationAnswer {

    private int criterion;
    private Boolean answer;
    private String note;

    protected EvaluationAnswer() {
    }

    public EvaluationAnswer(int criterion, Boolean answer, String note) {
        this.criterion = criterion;
        this.answer = answer;
        this.note = note;
    }

    public int getCriterion() { return criterion; }
    public Boolean getAnswer() { return answer; }
    public String getNote() { return note; }
}
