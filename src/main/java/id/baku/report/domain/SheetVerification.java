package id.baku.report.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The verification code of a ratified version's sheets. Not tenant-filtered on purpose: the
 * public verification page finds the pemda from the code; everything it then reads is read as
 * that pemda.
 */
@Entity
@Table(name = "sheet_verification")
public class SheetVerification {

    @Id
    private String code;
    private Long tenantId;
    private Long versionId;
    private Instant createdAt;

    protected SheetVerification() {
    }

    public SheetVerification(String code, long tenantId, long versionId, Instant createdAt) {
        this.code = code;
        this.tenantId = tenantId;
        this.versionId = versionId;
        this.createdAt = createdAt;
    }

    public String getCode() {
        return code;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public Long getVersionId() {
        return versionId;
    }
}
