package id.baku.execution.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "executor_mapping")
public class ExecutorMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private Long sopId;
    private String label;
    private Long positionId;

    protected ExecutorMapping() {
    }

    public ExecutorMapping(long sopId, String label, long positionId) {
        this.sopId = sopId;
        this.label = label;
        this.positionId = positionId;
    }

    public Long getSopId() { return sopId; }
    public String getLabel() { return label; }
    public Long getPositionId() { return positionId; }
}
