package id.baku.design.domain;

import id.baku.design.VersionStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

import java.time.Instant;

/** One revision of an SOP: its status and its content as a JSON document. */
@Entity
@Table(name = "sop_version")
public class SopVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private Long sopId;
    private int revision;
    @Enumerated(EnumType.STRING)
    private VersionStatus status;
    private String number;
    private String title;
    @Lob
    private String content;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    private Long templateVersionId;
    @Version
    private int version;

    protected SopVersion() {
    }

    public SopVersion(Long sopId, int revision, VersionStatus status, Instant createdAt, String createdBy) {
        this.sopId = sopId;
        this.revision = revision;
        this.status = status;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = createdAt;
        this.updatedBy = createdBy;
    }

    /** Replaces the content; number and title are kept beside it for lists and uniqueness checks. */
    public void setContent(String json, String number, String title, Instant at, String by) {
        this.content = json;
        this.number = number;
        this.title = title;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Long getId() { return id; }
    public Long getSopId() { return sopId; }
    public int getRevision() { return revision; }
    public VersionStatus getStatus() { return status; }
    public void setStatus(VersionStatus status) { this.status = status; }
    public String getNumber() { return number; }
    public String getTitle() { return title; }
    public String getContent() { return content; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public int getVersion() { return version; }
    public Long getTemplateVersionId() { return templateVersionId; }
    public void setTemplateVersionId(Long templateVersionId) { this.templateVersionId = templateVersionId; }
}
