package id.baku.audit.domain;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Optional;

/** The pemda's chain head; like every JPQL statement, each of these is scoped to the bound pemda. */
public interface AuditChainHeadRepository extends Repository<AuditChainHead, Long> {

    AuditChainHead save(AuditChainHead head);

    boolean existsBy();

    /**
     * Claims the next sequence number. The UPDATE keeps the row locked until the transaction ends,
     * so appends in one pemda queue here; a plain UPDATE, unlike the dialect's SELECT … FOR UPDATE
     * OF, reads the same on MySQL 8 and MariaDB.
     */
    @Modifying
    @Query("update AuditChainHead h set h.lastSeq = h.lastSeq + 1")
    int advance();

    /** Read as values, never as a managed entity, so a second append in one transaction sees the first. */
    @Query("select new id.baku.audit.domain.ChainPosition(h.lastSeq, h.lastHash) from AuditChainHead h")
    Optional<ChainPosition> position();

    @Modifying
    @Query("update AuditChainHead h set h.lastHash = :hash where h.lastSeq = :seq")
    int seal(long seq, String hash);
}
