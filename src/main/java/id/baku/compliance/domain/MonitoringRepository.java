package id.baku.compliance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface MonitoringRepository extends JpaRepository<MonitoringForm, Long> {

    Optional<MonitoringForm> findByUnitIdAndYearAndHalf(long unitId, int year, int half);

    List<MonitoringForm> findByYearOrderByHalfAscIdAsc(int year);
}
