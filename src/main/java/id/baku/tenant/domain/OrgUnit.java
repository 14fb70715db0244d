package id.baku.tenant.domain;

import id.baku.tenant.UnitKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/** An organisation unit: perangkat daerah, bagian/bidang, sub bagian, tim kerja. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private Long parentId;
    private String name;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    @Version
    private int version;

    protected OrgUnit() {
    }

    public OrgUnit(Long parentId, String name, UnitKind kind) {
        this.parentId = parentId;
        this.name = name;
        this.kind = kind;
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public UnitKind getKind() { return kind; }
    public void setKind(UnitKind kind) { this.kind = kind; }
    public int getVersion() { return version; }
}
