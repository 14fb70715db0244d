package id.baku.ratification.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface SopSignatureRepository extends JpaRepository<SopSignature, Long> {

    Optional<SopSignature> findBySopVersionId(Long sopVersionId);
}
