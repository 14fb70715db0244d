package id.baku.tenant.domain;

import id.baku.tenant.LegalBasisKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/** Dasar hukum: a regulation the pemda's SOPs cite. */
@Entity
@Table(name = "legal_basis")
public class LegalBasis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    @Enumerated(EnumType.STRING)
    private LegalBasisKind kind;
    private String issuer;
    private String number;
    @Column(name = "`year`")
    private int year;
    private String title;
    @Version
    private int version;

    protected LegalBasis() {
    }

    public LegalBasis(LegalBasisKind kind, String issuer, String number, int year, String title) {
        update(kind, issuer, number, year, title);
    }

    public void update(LegalBasisKind kind, String issuer, String number, int year, String title) {
        this.kind = kind;
        this.issuer = issuer;
        this.number = number;
        this.year = year;
        this.title = title;
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public LegalBasisKind getKind() { return kind; }
    public String getIssuer() { return issuer; }
    public String getNumber() { return number; }
    public int getYear() { return year; }
    public String getTitle() { return title; }
    public int getVersion() { return version; }
}
