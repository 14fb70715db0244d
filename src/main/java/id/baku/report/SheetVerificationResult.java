package id.baku.report;

import id.baku.ratification.PublicVersion;

/**
 * What the verification page tells about a printed code: the pemda (and the time zone its dates are
 * read in) and the version's public facts.
 */
public record SheetVerificationResult(String code, String pemda, java.time.ZoneId zone, PublicVersion version) {
}
