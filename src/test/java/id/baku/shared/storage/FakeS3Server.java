package id.baku.shared.storage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal S3-compatible server for tests: path-style PUT, GET and DELETE Object in one bucket,
 * objects in memory. Like S3 it rebuilds the canonical request from what arrived on the wire and
 * refuses a request whose signature does not match; the signer itself is proven separately on
 * AWS's published examples, so this checks that what the client signs is what it sends.
 */
final class FakeS3Server implements AutoCloseable {

    private static final Pattern AUTHORIZATION = Pattern.compile("AWS4-HMAC-SHA256 "
            + "Credential=([^/]+)/(\\d{8})/([a-z0-9-]+)/s3/aws4_request,"
            + "SignedHeaders=([a-z0-9;-]+),Signature=([0-9a-f]{64})");

    final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    final Map<String, String> contentTypes = new ConcurrentHashMap<>();
    /** Authorization headers as received, for the tests to inspect. */
    final List<String> authorizations = new CopyOnWriteArrayList<>();

    private final String bucket;
    private final String accessKey;
    private final S3Signer verifier;
    private final HttpServer server;

    FakeS3Server(String bucket, String region, String accessKey, String secretKey) throws IOException {
        this.bucket = bucket;
        this.accessKey = accessKey;
        this.verifier = new S3Signer(accessKey, secretKey, region);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(String.valueOf(authorization));
            String refusal = refusal(exchange, authorization, body);
            if (refusal != null) {
                error(exchange, 403, refusal);
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (!path.startsWith("/" + bucket + "/")) {
                error(exchange, 404, "NoSuchBucket");
                return;
            }
            String key = path.substring(bucket.length() + 2);
            switch (exchange.getRequestMethod()) {
                case "PUT" -> {
                    if ("*".equals(exchange.getRequestHeaders().getFirst("If-None-Match")) && objects.containsKey(key)) {
                        error(exchange, 412, "PreconditionFailed");
                        return;
                    }
                    objects.put(key, body);
                    contentTypes.put(key, exchange.getRequestHeaders().getFirst("Content-Type"));
                    exchange.sendResponseHeaders(200, -1);
                }
                case "GET" -> {
                    byte[] object = objects.get(key);
                    if (object == null) {
                        error(exchange, 404, "NoSuchKey");
                        return;
                    }
                    exchange.sendResponseHeaders(200, object.length == 0 ? -1 : object.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(object);
                    }
                }
                case "DELETE" -> {
                    objects.remove(key);
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> error(exchange, 405, "MethodNotAllowed");
            }
        }
    }

    /** The S3 error code for a request S3 would not authenticate, or null. */
    private String refusal(HttpExchange exchange, String authorization, byte[] body) {
        Matcher auth = AUTHORIZATION.matcher(authorization == null ? "" : authorization);
        if (!auth.matches()) {
            return "AuthorizationHeaderMalformed";
        }
        if (!auth.group(1).equals(accessKey)) {
            return "InvalidAccessKeyId";
        }
        List<String> signedNames = List.of(auth.group(4).split(";"));
        if (!signedNames.containsAll(List.of("host", "x-amz-content-sha256", "x-amz-date"))) {
            return "AuthorizationHeaderMalformed";
        }
        String timestamp = exchange.getRequestHeaders().getFirst("x-amz-date");
        String payloadHash = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
        if (timestamp == null || !timestamp.startsWith(auth.group(2)) || payloadHash == null) {
            return "AuthorizationHeaderMalformed";
        }
        if (!payloadHash.equals(S3Signer.UNSIGNED_PAYLOAD) && !payloadHash.equals(S3Signer.sha256Hex(body))) {
            return "XAmzContentSHA256Mismatch";
        }
        SortedMap<String, String> signed = new TreeMap<>();
        for (String name : signedNames) {
            String value = exchange.getRequestHeaders().getFirst(name);
            if (value == null) {
                return "AccessDenied";
            }
            signed.put(name.toLowerCase(Locale.ROOT), value);
        }
        String canonical = verifier.canonicalRequest(exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(), signed, payloadHash);
        String expected = verifier.signature(auth.group(2), verifier.stringToSign(timestamp, canonical));
        return expected.equals(auth.group(5)) ? null : "SignatureDoesNotMatch";
    }

    private static void error(HttpExchange exchange, int status, String code) throws IOException {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code
                + "</Code><Message>refused by the fake S3 server</Message></Error>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        exchange.sendResponseHeaders(status, xml.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(xml);
        }
    }

    /** Reads a stream to the end without keeping it, for the big-object test. */
    static long drain(InputStream in) throws IOException {
        return in.transferTo(OutputStream.nullOutputStream());
    }
}
