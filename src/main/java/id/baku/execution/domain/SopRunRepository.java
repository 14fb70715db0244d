package id.baku.execution.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

public interface SopRunRepository extends JpaRepository<SopRun, Long> {

    List<SopRun> findByIdIn(Collection<Long> ids);

    List<SopRun> findByStartedByOrderByStartedAtDesc(String username);

    List<SopRun> findAllByOrderByStartedAtDesc();

    /** Runs started in a period, of one SOP or all and of some units or all ({@code allUnits}), oldest first. */
    @Query("select r from SopRun r where r.startedAt >= :from and r.startedAt < :to "
            + "and (:sopId is null or r.sopId = :sopId) and (:allUnits = true or r.unitId in :unitIds) "
            + "order by r.startedAt, r.id")
    List<SopRun> startedBetween(Instant from, Instant to, Long sopId, boolean allUnits, Collection<Long> unitIds,
                                org.springframework.data.domain.Pageable first);
}
