package id.baku.security;

/** A pemda whose staff can sign in through its identity provider. */
public record SsoTenant(String code, String name) {
}
