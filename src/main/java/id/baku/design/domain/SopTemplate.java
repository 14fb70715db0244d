package id.baku.design.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

import java.time.Instant;

/** An SOP template of a pemda; what it says lives in its {@link SopTemplateVersion}s. */
@Entity
@Table(name = "sop_template")
public class SopTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private String name;
    @Column(name = "is_default")
    private boolean defaultTemplate;
    private Instant createdAt;
    @Version
    private int version;

    protected SopTemplate() {
    }

    public SopTemplate(String name, boolean defaultTemplate, Instant createdAt) {
        this.name = name;
        this.defaultTemplate = defaultTemplate;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isDefaultTemplate() { return defaultTemplate; }
    public void setDefaultTemplate(boolean defaultTemplate) { this.defaultTemplate = defaultTemplate; }
    public Instant getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
