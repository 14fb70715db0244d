package id.baku.compliance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;

/** How many executions of a step in a month took a given tenth of its Waktu; see the changelog. */
@Entity
@Immutable
@Table(name = "step_statistic_bucket")
public class StepStatisticBucket {

    @Id
    private Long id;
    @TenantId
    private Long tenantId;
    private Long sopId;
    private int step;
    private LocalDate month;
    private int bucket;
    private int executions;

    protected StepStatisticBucket() {
    }

    public Long getSopId() { return sopId; }
    public int getStep() { return step; }
    public LocalDate getMonth() { return month; }
    public int getBucket() { return bucket; }
    public int getExecutions() { return executions; }
}
