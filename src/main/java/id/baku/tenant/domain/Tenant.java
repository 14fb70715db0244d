package id.baku.tenant.domain;

import id.baku.tenant.PaperSize;
import id.baku.tenant.TenantKind;
import id.baku.tenant.TimeZoneCode;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One pemda: the root of all tenant-owned data. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private TenantKind kind;
    private String address;
    private String phone;
    private String email;
    private String website;
    /** Kop lines, one per line. */
    private String letterhead;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] logo;
    private String logoContentType;
    @Enumerated(EnumType.STRING)
    private TimeZoneCode timeZone;
    @Enumerated(EnumType.STRING)
    private PaperSize paperSize;
    private String sopNumberPattern;
    private int reviewPeriodMonths = 12;
    @Column(updatable = false)
    private Instant createdAt;
    @Version
    private int version;

    protected Tenant() {
    }

    public Tenant(String code, Instant createdAt) {
        this.code = code;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public TenantKind getKind() { return kind; }
    public void setKind(TenantKind kind) { this.kind = kind; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public List<String> getLetterhead() { return letterhead == null || letterhead.isEmpty() ? List.of() : Arrays.asList(letterhead.split("\n")); }
    public void setLetterhead(List<String> lines) { this.letterhead = String.join("\n", lines); }
    public byte[] getLogo() { return logo; }
    public String getLogoContentType() { return logoContentType; }
    public void setLogo(byte[] logo, String contentType) { this.logo = logo; this.logoContentType = contentType; }
    public TimeZoneCode getTimeZone() { return timeZone; }
    public void setTimeZone(TimeZoneCode timeZone) { this.timeZone = timeZone; }
    public PaperSize getPaperSize() { return paperSize; }
    public void setPaperSize(PaperSize paperSize) { this.paperSize = paperSize; }
    public String getSopNumberPattern() { return sopNumberPattern; }
    public int getReviewPeriodMonths() { return reviewPeriodMonths; }
    public void setReviewPeriodMonths(int reviewPeriodMonths) { this.reviewPeriodMonths = reviewPeriodMonths; }
    public void setSopNumberPattern(String sopNumberPattern) { this.sopNumberPattern = sopNumberPattern; }
    public Instant getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
