package id.baku.security;

import id.baku.shared.Sha256;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Personal API token secrets: {@code baku_} + 32 random bytes (base64url). Baku keeps only their
 * SHA-256, which is enough for a secret with 256 bits of randomness (no slow hash needed), and
 * lets a request's token be found with one indexed lookup.
 */
public final class ApiTokenSecrets {

    /** How many leading characters of a secret lists show, so an owner can tell tokens apart. */
    public static final int PREFIX_LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecrets() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "baku_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The fixed token of a sample pemda's admin in demo mode, e.g. {@code demo-kota-tangerang}. */
    public static String demoSecret(String tenantCode) {
        return "demo-" + tenantCode;
    }

    /** Lower-case hex SHA-256 of the secret's UTF-8 bytes. */
    public static String hash(String secret) {
        return Sha256.hex(secret);
    }

    public static String prefix(String secret) {
        return secret.substring(0, Math.min(PREFIX_LENGTH, secret.length()));
    }
}
