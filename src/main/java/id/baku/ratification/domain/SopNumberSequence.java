package id.baku.ratification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** The last sequence number given out in a pemda, and the year it belongs to. */
@Entity
@Table(name = "sop_number_sequence")
public class SopNumberSequence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    @Column(name = "`year`")
    private int year;
    private int lastValue;

    protected SopNumberSequence() {
    }

    public SopNumberSequence(int year, int lastValue) {
        this.year = year;
        this.lastValue = lastValue;
    }

    public int getYear() { return year; }
    public int getLastValue() { return lastValue; }
}
