package id.baku.security;

/** Which field of a Baku user an SSO assertion's identifier is compared with. */
public enum SsoMatch {
    NIP, EMAIL, USERNAME
}
