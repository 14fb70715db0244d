package id.baku.report.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface SheetVerificationRepository extends JpaRepository<SheetVerification, String> {

    /** The code of a version in a pemda; the tenant condition is explicit because the entity is not filtered. */
    Optional<SheetVerification> findByTenantIdAndVersionId(Long tenantId, Long versionId);
}
