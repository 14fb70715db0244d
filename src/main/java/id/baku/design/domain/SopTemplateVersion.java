package id.baku.design.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.Instant;

/** One version of a template; never changed once stored, so the SOPs made with it keep their form. */
@Entity
@Table(name = "sop_template_version")
public class SopTemplateVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private Long templateId;
    private int revision;
    @Lob
    private String definition;
    private Instant createdAt;
    private String createdBy;

    protected SopTemplateVersion() {
    }

    public SopTemplateVersion(Long templateId, int revision, String definition, Instant createdAt, String createdBy) {
        this.templateId = templateId;
        this.revision = revision;
        this.definition = definition;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    public Long getTemplateId() { return templateId; }
    public int getRevision() { return revision; }
    public String getDefinition() { return definition; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
