package id.baku.security.saml;

/** A SAML response Baku refuses, with the reason that goes to the log. */
public class SamlRejected extends Exception {

    public SamlRejected(String reason) {
        super(reason);
    }

    public SamlRejected(String reason, Throwable cause) {
        super(reason, cause);
    }
}
