package id.baku.execution.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.Instant;

@Entity
@Table(name = "step_attachment")
public class StepAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private Long stepExecutionId;
    private String storageKey;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String uploadedBy;
    private Instant uploadedAt;

    protected StepAttachment() {
    }

    public StepAttachment(long stepExecutionId, String storageKey, String fileName, String contentType, long sizeBytes,
                          String uploadedBy, Instant uploadedAt) {
        this.stepExecutionId = stepExecutionId;
        this.storageKey = storageKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public Long getStepExecutionId() { return stepExecutionId; }
    public String getStorageKey() { return storageKey; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
