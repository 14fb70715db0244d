package id.baku.shared.storage;

import id.baku.shared.Sha256;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * AWS Signature Version 4 for S3 requests in the Authorization header, as published in "Signature
 * Calculations for the Authorization Header" of the Amazon S3 API reference: a canonical request,
 * a string to sign over its hash, and an HMAC chain from the secret key down to the signature.
 */
final class S3Signer {

    /** First, because EMPTY_PAYLOAD below needs it while the class initialises. */
    private static final HexFormat HEX = HexFormat.of();

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    static final String EMPTY_PAYLOAD = sha256Hex(new byte[0]);

    private static final String SERVICE = "s3";
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String accessKey;
    private final String secretKey;
    private final String region;

    S3Signer(String accessKey, String secretKey, String region) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.region = region;
    }

    /**
     * The headers that authenticate a request: x-amz-date, x-amz-content-sha256 and Authorization.
     * The host and every header in {@code headers} are signed, so they must be sent exactly so.
     *
     * @param canonicalPath the path as sent, already URI-encoded (see {@link #encodePath})
     */
    Map<String, String> sign(String method, String host, String canonicalPath, Map<String, String> headers,
                             String payloadHash, Instant now) {
        String timestamp = TIMESTAMP.format(now);
        SortedMap<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) -> signed.put(name.toLowerCase(Locale.ROOT), value));
        signed.put("host", host);
        signed.put("x-amz-content-sha256", payloadHash);
        signed.put("x-amz-date", timestamp);

        String canonicalRequest = canonicalRequest(method, canonicalPath, signed, payloadHash);
        String signature = signature(timestamp.substring(0, 8), stringToSign(timestamp, canonicalRequest));
        Map<String, String> result = new LinkedHashMap<>();
        result.put("x-amz-date", timestamp);
        result.put("x-amz-content-sha256", payloadHash);
        result.put("Authorization", ALGORITHM + " Credential=" + accessKey + "/" + scope(timestamp)
                + ",SignedHeaders=" + String.join(";", signed.keySet()) + ",Signature=" + signature);
        return result;
    }

    /**
     * Method, path, query (none: Baku sends no query strings), the signed headers with lower-case
     * names in order and trimmed values, their names again, and the payload hash, one per line.
     */
    String canonicalRequest(String method, String canonicalPath, SortedMap<String, String> signedHeaders,
                            String payloadHash) {
        StringBuilder request = new StringBuilder()
                .append(method).append('\n')
                .append(canonicalPath).append('\n')
                .append('\n');
        signedHeaders.forEach((name, value) ->
                request.append(name).append(':').append(value.strip().replaceAll(" +", " ")).append('\n'));
        return request.append('\n')
                .append(String.join(";", signedHeaders.keySet())).append('\n')
                .append(payloadHash)
                .toString();
    }

    String stringToSign(String timestamp, String canonicalRequest) {
        return ALGORITHM + "\n" + timestamp + "\n" + scope(timestamp) + "\n"
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    /** The signing key is derived per day, region and service, so a leaked one is worth little. */
    String signature(String date, String stringToSign) {
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, SERVICE);
        key = hmac(key, "aws4_request");
        return HEX.formatHex(hmac(key, stringToSign));
    }

    /**
     * Encodes each segment of an object path as SigV4 asks: everything but unreserved characters
     * (letters, digits, '-', '.', '_', '~') percent-encoded in upper-case hex, slashes kept.
     */
    static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX.withUpperCase().toHexDigits(b));
            }
        }
        return encoded.toString();
    }

    static String sha256Hex(byte[] data) {
        return Sha256.hex(data);
    }

    private String scope(String timestamp) {
        return timestamp.substring(0, 8) + "/" + region + "/" + SERVICE + "/aws4_request";
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK has HmacSHA256", e);
        }
    }
}
