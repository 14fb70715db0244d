package id.baku.ratification;

import java.util.List;

/**
 * Who reviews and who signs the SOPs of a unit: reviewer positions in order (Kasubag, then Kabag)
 * and the signer's position (the Sekretaris Daerah for Setda SOPs, the Kepala for an OPD).
 */
public record ApprovalRoute(List<Long> reviewerPositionIds, Long signerPositionId) {

    public ApprovalRoute {
        reviewerPositionIds = List.copyOf(reviewerPositionIds);
    }
}
