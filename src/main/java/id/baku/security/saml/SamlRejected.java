package id.baku.security.saml;

/**
 * A SAML response Baku refuses, with the reason that goes to the log. The kind is all the person at
 * the login page learns: a valid answer about someone Baku does not know (or has switched off) is
 * worth saying plainly; anything else is just "refused".
 */
public class SamlRejected extends Exception {

    public enum Kind { REFUSED, UNKNOWN_USER, DISABLED_USER }

    private final Kind kind;

    public SamlRejected(String reason) {
        this(Kind.REFUSED, reason);
    }

    public SamlRejected(Kind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    public SamlRejected(String reason, Throwable cause) {
        super(reason, cause);
        this.kind = Kind.REFUSED;
    }

    public Kind kind() {
        return kind;
    }
}
