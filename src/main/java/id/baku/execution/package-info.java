/**
 * Running SOPs: staff execute an effective version step by step, each step timed against its Mutu
 * Baku, decisions routing the run, outputs recorded, deviations flagged, every action audited.
 * Builds on {@code design} (the SOP content and flowchart) and {@code tenant} (who holds which jabatan).
 */
package id.baku.execution;
