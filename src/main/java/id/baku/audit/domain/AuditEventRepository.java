package id.baku.audit.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/** The pemda's audit events, read; {@code AuditTrail} appends them with plain SQL, nothing changes or deletes them. */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    /** The next events after {@code seq}, in chain order, as plain values (long chains stay out of the session). */
    @Query("select new id.baku.audit.domain.StoredEvent(e.seq, e.at, e.actor, e.action, e.subject, e.details, "
            + "e.prevHash, e.hash) from AuditEvent e where e.seq > :seq order by e.seq")
    List<StoredEvent> after(long seq, Limit limit);

    /** Newest first; {@code pattern} is a LIKE pattern escaped with '!', "%" for all. */
    @Query("select new id.baku.audit.domain.StoredEvent(e.seq, e.at, e.actor, e.action, e.subject, e.details, "
            + "e.prevHash, e.hash) from AuditEvent e where (lower(e.actor) like :pattern escape '!' "
            + "or lower(e.action) like :pattern escape '!' or lower(e.subject) like :pattern escape '!' "
            + "or lower(e.details) like :pattern escape '!') order by e.seq desc")
    List<StoredEvent> newestFirst(String pattern, Pageable page);
}
