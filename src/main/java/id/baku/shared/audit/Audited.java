package id.baku.shared.audit;

import java.time.Instant;
import java.util.Map;

/**
 * Something done in a pemda that the audit trail must record. Modules publish it with Spring's
 * {@code ApplicationEventPublisher} inside the transaction that does the thing; the audit module
 * appends it to the pemda's hash chain in that same transaction, so an action and its audit event
 * commit or roll back together.
 *
 * @param tenantId the pemda
 * @param at       when it happened (the module's clock)
 * @param actor    the username who did it, or {@code baku} for Baku's own jobs
 * @param action   what happened, dotted and stable: {@code sop.submitted}, {@code run.started}, {@code step.completed}
 * @param subject  what it happened to: {@code sop-version:12}, {@code run:5}, {@code step-execution:40}
 * @param details  the facts that matter (outcome, note, deviations…), as texts; iteration order is
 *                 irrelevant, the audit module sorts the keys
 */
public record Audited(long tenantId, Instant at, String actor, String action, String subject,
                      Map<String, String> details) {

    public Audited {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
