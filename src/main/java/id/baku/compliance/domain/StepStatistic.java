package id.baku.compliance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;

/** Completed executions of one step of an SOP in a month; written by {@link StatisticsWriter} only. */
@Entity
@Immutable
@Table(name = "step_statistic")
public class StepStatistic {

    @Id
    private Long id;
    @TenantId
    private Long tenantId;
    private Long sopId;
    private Long unitId;
    private int step;
    private LocalDate month;
    private int executions;
    private int withinStandard;
    private int late;
    private int incomplete;
    private int noOutput;
    private long totalSeconds;
    private int standardMinutes;

    protected StepStatistic() {
    }

    public Long getSopId() { return sopId; }
    public Long getUnitId() { return unitId; }
    public int getStep() { return step; }
    public LocalDate getMonth() { return month; }
    public int getExecutions() { return executions; }
    public int getWithinStandard() { return withinStandard; }
    public int getLate() { return late; }
    public int getIncomplete() { return incomplete; }
    public int getNoOutput() { return noOutput; }
    public long getTotalSeconds() { return totalSeconds; }
    public int getStandardMinutes() { return standardMinutes; }
}
