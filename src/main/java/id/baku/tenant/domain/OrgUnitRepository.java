package id.baku.tenant.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {
    List<OrgUnit> findAllByOrderByNameAsc();

    boolean existsByParentId(Long parentId);
}
