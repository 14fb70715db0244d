package id.baku.ratification.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface ConfiguredRouteRepository extends JpaRepository<ConfiguredRoute, Long> {

    Optional<ConfiguredRoute> findByUnitId(Long unitId);
}
