package id.baku.compliance;

import java.time.YearMonth;

/**
 * Which figures: a unit (with the units below it) or the whole pemda, one SOP or all, and a range of
 * the pemda's calendar months, both ends included.
 */
public record ComplianceFilter(Long unitId, Long sopId, YearMonth from, YearMonth to) {

    public ComplianceFilter {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("a period runs from a month to the same or a later one");
        }
    }
}
