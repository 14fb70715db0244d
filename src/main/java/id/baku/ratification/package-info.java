/**
 * Ratification: the way of an SOP version from draft to a signed, numbered, effective SOP —
 * review, signature, Nomor SOP, revisions. Builds on {@code design}, which owns the SOPs.
 */
package id.baku.ratification;
