package id.baku.tenant.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface LegalBasisRepository extends JpaRepository<LegalBasis, Long> {
    List<LegalBasis> findAllByOrderByKindAscYearDescNumberAsc();
}
