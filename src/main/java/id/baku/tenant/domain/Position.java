package id.baku.tenant.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/** Jabatan: a position in a unit (or above all units, like the Wali Kota). */
@Entity
@Table(name = "job_position")
public class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private Long unitId;
    private String name;
    private boolean unitHead;
    @Version
    private int version;

    protected Position() {
    }

    public Position(Long unitId, String name, boolean unitHead) {
        this.unitId = unitId;
        this.name = name;
        this.unitHead = unitHead;
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isUnitHead() { return unitHead; }
    public void setUnitHead(boolean unitHead) { this.unitHead = unitHead; }
    public int getVersion() { return version; }
}
