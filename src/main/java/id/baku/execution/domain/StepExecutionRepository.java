package id.baku.execution.domain;

import id.baku.execution.StepStatus;
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

    /** Completed step executions of a period, with their runs, oldest first. */
    @Query("select e, r from StepExecution e, SopRun r where r.id = e.runId "
            + "and e.status = id.baku.execution.StepStatus.DONE and e.completedAt >= :from and e.completedAt < :to "
            + "order by e.completedAt")
    List<Object[]> completedBetween(Instant from, Instant to);

    /** Open or taken steps past their due time that the overdue job has not flagged yet. */
    @Query("select e from StepExecution e where e.status <> id.baku.execution.StepStatus.DONE and e.dueAt < :now "
            + "and e.overdueAt is null")
    List<StepExecution> newlyOverdue(Instant now);
}
