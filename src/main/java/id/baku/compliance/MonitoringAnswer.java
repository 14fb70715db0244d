package id.baku.compliance;

/** What the monitor fills in on one row: the assessment (null: not yet), Catatan and Tindakan. */
public record MonitoringAnswer(long rowId, Assessment assessment, String note, String action) {
}
