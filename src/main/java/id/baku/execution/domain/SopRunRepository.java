package id.baku.execution.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface SopRunRepository extends JpaRepository<SopRun, Long> {

    List<SopRun> findByIdIn(Collection<Long> ids);

    List<SopRun> findByStartedByOrderByStartedAtDesc(String username);

    List<SopRun> findAllByOrderByStartedAtDesc();

    List<SopRun> findByStartedAtGreaterThanEqualAndStartedAtLessThanOrderByStartedAt(java.time.Instant from,
                                                                                    java.time.Instant to);
}
