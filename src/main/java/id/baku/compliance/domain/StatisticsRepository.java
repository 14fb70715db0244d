package id.baku.compliance.domain;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Reads the kept figures of the signed-in user's pemda for a range of months, of one SOP or all
 * ({@code sopId} null) and of some units or all ({@code allUnits}): filtered in the database, so that
 * a unit's dashboard reads only its own rows.
 */
public interface StatisticsRepository extends Repository<RunStatistic, Long> {

    @Query("select r from RunStatistic r where r.month between :from and :to and (:sopId is null or r.sopId = :sopId) "
            + "and (:allUnits = true or r.unitId in :unitIds)")
    List<RunStatistic> runs(LocalDate from, LocalDate to, Long sopId, boolean allUnits, Collection<Long> unitIds);

    @Query("select s from StepStatistic s where s.month between :from and :to and (:sopId is null or s.sopId = :sopId) "
            + "and (:allUnits = true or s.unitId in :unitIds)")
    List<StepStatistic> steps(LocalDate from, LocalDate to, Long sopId, boolean allUnits, Collection<Long> unitIds);

    /** The duration histograms of these SOPs' steps, summed over the months in the database (one row per bucket). */
    @Query("select new id.baku.compliance.domain.BucketTotal(b.sopId, b.step, b.bucket, sum(b.executions)) "
            + "from StepStatisticBucket b where b.month between :from and :to and b.sopId in :sopIds "
            + "group by b.sopId, b.step, b.bucket")
    List<BucketTotal> buckets(LocalDate from, LocalDate to, Collection<Long> sopIds);

    @Query("select distinct r.sopId from RunStatistic r where r.started > 0")
    List<Long> sopsEverRun();
}
