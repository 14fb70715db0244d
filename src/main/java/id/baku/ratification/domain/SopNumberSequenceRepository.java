package id.baku.ratification.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SopNumberSequenceRepository extends JpaRepository<SopNumberSequence, Long> {

    /**
     * Counts the pemda's sequence on by one (from 1 in a new year). The UPDATE keeps the row locked
     * until the transaction ends, so concurrent allocations queue here; a plain UPDATE, unlike a
     * dialect's SELECT … FOR UPDATE OF, reads the same on MySQL 8 and MariaDB. {@code lastValue}
     * is set before {@code year} on purpose: MySQL assigns left to right.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update SopNumberSequence s set s.lastValue = case when s.year = :year then s.lastValue + 1 else 1 end, "
            + "s.year = :year")
    int countOn(int year);

    @Query("select s.lastValue from SopNumberSequence s")
    Integer lastValue();

    boolean existsBy();
}
