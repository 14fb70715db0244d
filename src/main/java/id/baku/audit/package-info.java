/**
 * Audit trail (jejak audit): every action the other modules announce with
 * {@link id.baku.shared.audit.Audited} becomes an append-only event in its pemda's hash chain, in
 * the action's own transaction; the verifier walks a chain and finds any edited, inserted or
 * deleted event. Builds on {@code tenant} (the pemda, its time zone) and {@code security}.
 */
package id.baku.audit;
