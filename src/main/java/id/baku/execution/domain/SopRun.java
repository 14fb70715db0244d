package id.baku.execution.domain;

import id.baku.execution.RunStatus;
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

@Entity
@Table(name = "sop_run")
public class SopRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private Long sopId;
    private Long sopVersionId;
    private Long unitId;
    private String title;
    private String reference;
    @Enumerated(EnumType.STRING)
    private RunStatus status;
    private String startedBy;
    private Instant startedAt;
    private Instant completedAt;
    @Version
    private int version;

    protected SopRun() {
    }

    public SopRun(long sopId, long sopVersionId, long unitId, String title, String reference, String startedBy,
                  Instant startedAt) {
        this.sopId = sopId;
        this.sopVersionId = sopVersionId;
        this.unitId = unitId;
        this.title = title;
        this.reference = reference;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.status = RunStatus.RUNNING;
    }

    public void complete(Instant at) {
        status = RunStatus.COMPLETED;
        completedAt = at;
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public Long getSopId() { return sopId; }
    public Long getSopVersionId() { return sopVersionId; }
    public Long getUnitId() { return unitId; }
    public String getTitle() { return title; }
    public String getReference() { return reference; }
    public RunStatus getStatus() { return status; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getCompletedAt() { return completedAt; }
    public int getVersion() { return version; }
}
