package id.baku.tenant.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface PositionRepository extends JpaRepository<Position, Long> {
    List<Position> findAllByOrderByNameAsc();

    Optional<Position> findByName(String name);

    boolean existsByUnitId(Long unitId);
}
