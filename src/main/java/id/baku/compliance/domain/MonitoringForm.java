package id.baku.compliance.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A Formulir Monitoring Pelaksanaan SOP AP of one unit and half-year. */
@Entity
@Table(name = "monitoring_form")
public class MonitoringForm {

    public static final String OPEN = "OPEN";
    public static final String FINAL = "FINAL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private Long unitId;
    private int year;
    private int half;
    private String status;
    private String openedBy;
    private Instant openedAt;
    private String monitor;
    private String monitorName;
    private String monitorNip;
    private String monitorPosition;
    private Instant finalisedAt;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private int version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "form_id", nullable = false)
    @OrderBy("position")
    private List<MonitoringItem> items = new ArrayList<>();

    protected MonitoringForm() {
    }

    public MonitoringForm(long unitId, int year, int half, String openedBy, Instant openedAt) {
        this.unitId = unitId;
        this.year = year;
        this.half = half;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.status = OPEN;
    }

    public void finalise(String monitor, String name, String nip, String position, Instant at) {
        this.monitor = monitor;
        this.monitorName = name;
        this.monitorNip = nip;
        this.monitorPosition = position;
        this.finalisedAt = at;
        this.status = FINAL;
    }

    /** A save changes the form's rows only; touching the form makes it count for the optimistic lock. */
    public void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public boolean isFinal() {
        return FINAL.equals(status);
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public int getYear() { return year; }
    public int getHalf() { return half; }
    public String getStatus() { return status; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public String getMonitor() { return monitor; }
    public String getMonitorName() { return monitorName; }
    public String getMonitorNip() { return monitorNip; }
    public String getMonitorPosition() { return monitorPosition; }
    public Instant getFinalisedAt() { return finalisedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
    public List<MonitoringItem> getItems() { return items; }
}
