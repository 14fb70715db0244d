package id.baku.ratification;

import java.util.List;

/**
 * A unit's ratification route as the admin sees it: reviewer positions in order, the signer's
 * position, and whether it is the unit's own ({@code configured}) or read from the organisation.
 */
public record RouteRecord(long unitId, List<Long> reviewerPositionIds, Long signerPositionId, boolean configured) {

    public RouteRecord {
        reviewerPositionIds = List.copyOf(reviewerPositionIds);
    }
}
