package id.baku.ratification;

import java.time.Instant;

/**
 * The signature of a ratified version. {@code intact} tells whether the version's content still
 * has the hash that was signed.
 */
public record Signature(String signer, String signerName, String signerNip, String positionTitle, Instant signedAt,
                        String contentSha256, String method, boolean intact) {
}
