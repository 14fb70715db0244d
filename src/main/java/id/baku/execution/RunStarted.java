package id.baku.execution;

import java.time.Instant;

/** Published in the transaction that starts a run, for modules that keep figures (compliance). */
public record RunStarted(long tenantId, long runId, long sopId, long unitId, Instant at) {
}
