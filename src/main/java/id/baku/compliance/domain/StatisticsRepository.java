package id.baku.compliance.domain;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.List;

/** Reads the kept figures of the signed-in user's pemda for a range of months. */
public interface StatisticsRepository extends Repository<RunStatistic, Long> {

    @Query("select r from RunStatistic r where r.month between :from and :to")
    List<RunStatistic> runs(LocalDate from, LocalDate to);

    @Query("select s from StepStatistic s where s.month between :from and :to")
    List<StepStatistic> steps(LocalDate from, LocalDate to);

    @Query("select b from StepStatisticBucket b where b.month between :from and :to")
    List<StepStatisticBucket> buckets(LocalDate from, LocalDate to);

    @Query("select distinct r.sopId from RunStatistic r where r.started > 0")
    List<Long> sopsEverRun();
}
