package id.baku.compliance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;

/** Runs of an SOP in a month; written by {@link StatisticsWriter} only. */
@Entity
@Immutable
@Table(name = "run_statistic")
public class RunStatistic {

    @Id
    private Long id;
    @TenantId
    private Long tenantId;
    private Long sopId;
    private Long unitId;
    private LocalDate month;
    private int started;
    private int completed;
    private int completedWithin;

    protected RunStatistic() {
    }

    public Long getSopId() { return sopId; }
    public Long getUnitId() { return unitId; }
    public LocalDate getMonth() { return month; }
    public int getStarted() { return started; }
    public int getCompleted() { return completed; }
    public int getCompletedWithin() { return completedWithin; }
}
