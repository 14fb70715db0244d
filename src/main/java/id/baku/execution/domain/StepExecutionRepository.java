package id.baku.execution.domain;

import id.baku.execution.StepStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

public interface StepExecutionRepository extends JpaRepository<StepExecution, Long> {

    List<StepExecution> findByRunIdOrderByIdAsc(long runId);

    List<StepExecution> findByStatusIn(Collection<StepStatus> statuses);

    int countByRunIdAndStep(long runId, int step);

    @Query("select distinct e.runId from StepExecution e where e.takenBy = :username or e.completedBy = :username")
    List<Long> runsWorkedOnBy(String username);

    /** Runs of an SOP with a completed execution of a step in a period, optionally with a given deviation. */
    @Query("select distinct e.runId from StepExecution e, SopRun r where r.id = e.runId and r.sopId = :sopId "
            + "and e.step = :step and e.status = id.baku.execution.StepStatus.DONE and e.completedAt >= :from "
            + "and e.completedAt < :to and (:deviation is null or e.deviations like concat('%', :deviation, '%'))")
    List<Long> runsWithStep(long sopId, int step, Instant from, Instant to, String deviation);

    List<StepExecution> findByRunIdInOrderByIdAsc(Collection<Long> runIds);

    /**
     * One page of the completed step executions of a period, of one SOP or all and of some units or all
     * ({@code allUnits}), in completion order after the last row of the previous page (keyset paging:
     * {@code afterAt} starts at the period's start, {@code afterId} at 0). The index on (tenant,
     * completed_at, id) makes each page start where the last one ended.
     */
    @Query("select new id.baku.execution.domain.CompletedRow(e.id, e.runId, r.title, r.sopId, r.sopVersionId, e.step, "
            + "e.attempt, e.executorColumn, e.completedBy, e.readyAt, e.completedAt, e.standardMinutes, e.deviations) "
            + "from StepExecution e, SopRun r where r.id = e.runId and e.status = id.baku.execution.StepStatus.DONE "
            + "and e.completedAt >= :afterAt and e.completedAt < :to and (e.completedAt > :afterAt or e.id > :afterId) "
            + "and (:sopId is null or r.sopId = :sopId) and (:allUnits = true or r.unitId in :unitIds) "
            + "order by e.completedAt, e.id")
    List<CompletedRow> completedPage(Instant afterAt, long afterId, Instant to, Long sopId, boolean allUnits,
                                     Collection<Long> unitIds, Limit limit);

    /** Open or taken steps past their due time that the overdue job has not flagged yet. */
    @Query("select e from StepExecution e where e.status <> id.baku.execution.StepStatus.DONE and e.dueAt < :now "
            + "and e.overdueAt is null")
    List<StepExecution> newlyOverdue(Instant now);
}
