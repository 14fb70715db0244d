package id.baku.execution.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;

public interface JobLeaseRepository extends JpaRepository<JobLease, String> {

    /**
     * Takes the lease when it has run out: exactly one of several replicas updating at once sees 1,
     * because the row lock makes the second UPDATE re-read the new {@code validUntil}.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update JobLease l set l.holder = :holder, l.validUntil = :until where l.name = :name and l.validUntil <= :now")
    int take(String name, String holder, Instant now, Instant until);
}
