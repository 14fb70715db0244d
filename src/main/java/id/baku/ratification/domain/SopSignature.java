package id.baku.ratification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.Instant;

/** The signature on a ratified version and the hash of what was signed. */
@Entity
@Table(name = "sop_signature")
public class SopSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private Long sopVersionId;
    private String signer;
    private String signerName;
    private String signerNip;
    private String positionTitle;
    private Instant signedAt;
    private String contentSha256;
    private String method;
    @Lob
    private String evidence;

    protected SopSignature() {
    }

    public SopSignature(Long sopVersionId, String signer, String signerName, String signerNip, String positionTitle,
                        Instant signedAt, String contentSha256, String method, String evidence) {
        this.sopVersionId = sopVersionId;
        this.signer = signer;
        this.signerName = signerName;
        this.signerNip = signerNip;
        this.positionTitle = positionTitle;
        this.signedAt = signedAt;
        this.contentSha256 = contentSha256;
        this.method = method;
        this.evidence = evidence;
    }

    public Long getSopVersionId() { return sopVersionId; }
    public String getSigner() { return signer; }
    public String getSignerName() { return signerName; }
    public String getSignerNip() { return signerNip; }
    public String getPositionTitle() { return positionTitle; }
    public Instant getSignedAt() { return signedAt; }
    public String getContentSha256() { return contentSha256; }
    public String getMethod() { return method; }
}
