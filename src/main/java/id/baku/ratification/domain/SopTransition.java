package id.baku.ratification.domain;

import id.baku.design.VersionStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.Instant;

/** One step of a version's way through ratification; never changed once written. */
@Entity
@Table(name = "sop_transition")
public class SopTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private Long sopId;
    private Long sopVersionId;
    @Enumerated(EnumType.STRING)
    private VersionStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private VersionStatus toStatus;
    private Integer reviewStage;
    private String actor;
    private String actorName;
    private Instant at;
    private String note;

    protected SopTransition() {
    }

    public SopTransition(Long sopId, Long sopVersionId, VersionStatus fromStatus, VersionStatus toStatus,
                         Integer reviewStage, String actor, String actorName, Instant at, String note) {
        this.sopId = sopId;
        this.sopVersionId = sopVersionId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reviewStage = reviewStage;
        this.actor = actor;
        this.actorName = actorName;
        this.at = at;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getSopId() { return sopId; }
    public Long getSopVersionId() { return sopVersionId; }
    public VersionStatus getFromStatus() { return fromStatus; }
    public VersionStatus getToStatus() { return toStatus; }
    public Integer getReviewStage() { return reviewStage; }
    public String getActor() { return actor; }
    public String getActorName() { return actorName; }
    public Instant getAt() { return at; }
    public String getNote() { return note; }
}
