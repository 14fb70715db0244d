package id.baku.security.saml;

import java.util.List;
import java.util.Map;

/** The facts of a SAML response that passed every check. */
public record ValidatedAssertion(String assertionId, String nameId, List<String> sessionIndexes,
                                 Map<String, List<String>> attributes) {
}
