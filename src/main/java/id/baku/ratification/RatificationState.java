package id.baku.ratification;

import id.baku.design.VersionStatus;

import java.util.List;

/**
 * A version's place on its way to ratification, and what the signed-in user may do with it.
 *
 * @param reviewers    the reviewer positions in order, with who approved each in this round
 * @param stage        the 1-based reviewer whose turn it is while submitted; 0 otherwise
 * @param signer       the signer's position name
 * @param signature    present once ratified
 */
public record RatificationState(long versionId, VersionStatus status, List<ReviewerStep> reviewers, int stage,
                                String signer, Signature signature, List<Transition> transitions,
                                boolean maySubmit, boolean mayReview, boolean mayRatify, boolean mayRevise,
                                boolean mayRetire, int problems) {

    public record ReviewerStep(String position, String approvedBy) {
    }
}
