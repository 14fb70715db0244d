/**
 * Printing: the official SOP sheet and the Daftar SOP as JasperReports PDFs (templates in the
 * top-level {@code reports/}), and the public verification of printed sheets. Builds on
 * {@code design} (SOPs, templates, the flowchart engine), {@code ratification} (signatures) and
 * {@code tenant} (kop, logo, legal bases).
 */
package id.baku.report;
