package id.baku.ratification;

import id.baku.security.PasswordConfirmation;
import id.baku.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** The signer re-enters their password (SAML users will log in again at their identity provider). */
@Component
class PasswordSignature implements SignatureMethod {

    private final PasswordConfirmation passwords;

    PasswordSignature(PasswordConfirmation passwords) {
        this.passwords = passwords;
    }

    @Override
    public String code() {
        return "PASSWORD";
    }

    @Override
    public String sign(String password, String contentSha256) {
        if (!passwords.confirms(password)) {
            throw new InvalidInputException("password", "ratification.error.password");
        }
        return null;
    }
}
