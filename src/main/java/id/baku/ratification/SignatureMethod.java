package id.baku.ratification;

/**
 * How a signer proves it is them when ratifying. Baku signs with the user's password now; a
 * certified electronic signature (TTE from BSrE) becomes another method — it receives the content
 * hash to sign and returns its evidence — without any change to the lifecycle.
 */
interface SignatureMethod {

    /** Stored with the signature, e.g. {@code PASSWORD}. */
    String code();

    /**
     * Confirms the signed-in signer with what they entered and signs {@code contentSha256}.
     * Returns the evidence to keep (null when there is none beyond the record itself); throws
     * {@link id.baku.shared.InvalidInputException} on field {@code password} when refused.
     */
    String sign(String secret, String contentSha256);
}
