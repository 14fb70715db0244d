package id.baku.execution.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A scheduled job's lease; shared by all pemda, so not tenant-filtered. */
@Entity
@Table(name = "job_lease")
public class JobLease {

    @Id
    private String name;
    private String holder;
    private Instant validUntil;

    protected JobLease() {
    }

    public String getHolder() { return holder; }
    public Instant getValidUntil() { return validUntil; }
}
