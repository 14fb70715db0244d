package id.baku.design.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

import java.time.Instant;

/** An SOP of a unit; its content lives in {@link SopVersion}s. */
@Entity
@Table(name = "sop")
public class Sop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private Long unitId;
    private Instant createdAt;
    @Version
    private int version;

    protected Sop() {
    }

    public Sop(Long unitId, Instant createdAt) {
        this.unitId = unitId;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Instant getCreatedAt() { return createdAt; }
}
