package id.baku.execution.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "execution_settings")
public class ExecutionSettings {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private int maxAttachmentMb;
    @Version
    private int version;

    protected ExecutionSettings() {
    }

    public ExecutionSettings(int maxAttachmentMb) {
        this.maxAttachmentMb = maxAttachmentMb;
    }

    public int getMaxAttachmentMb() { return maxAttachmentMb; }
    public void setMaxAttachmentMb(int mb) { this.maxAttachmentMb = mb; }
    public int getVersion() { return version; }
}
