package id.baku.compliance;

/** A monitoring form in a list: how far it is filled in and how many SOPs are not applied well. */
public record MonitoringSummary(long id, long unitId, String unitName, HalfYear period, boolean finalised, int rows,
                                int assessed, int poor) {
}
