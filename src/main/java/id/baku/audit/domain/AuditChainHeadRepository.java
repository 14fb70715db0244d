package id.baku.audit.domain;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Optional;

/**
 * The pemda's chain head; like every JPQL statement, each of these is scoped to the bound pemda. Appends move it
 * with plain SQL before commit ({@code AuditTrail}).
 */
public interface AuditChainHeadRepository extends Repository<AuditChainHead, Long> {

    AuditChainHead save(AuditChainHead head);

    boolean existsBy();

    /** Where the chain ends, as values. */
    @Query("select new id.baku.audit.domain.ChainPosition(h.lastSeq, h.lastHash) from AuditChainHead h")
    Optional<ChainPosition> position();
}
