package id.baku.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attachments as objects in an S3-compatible store (AWS S3, MinIO, Ceph, Wasabi…), which every
 * replica of Baku shares. Speaks the three object calls it needs over the JDK's HTTP client,
 * signed with AWS Signature Version 4, so no SDK comes along.
 */
public final class S3AttachmentStorage implements AttachmentStorage {

    /**
     * Where the objects go.
     *
     * @param endpoint  the store's URL, e.g. https://s3.ap-southeast-3.amazonaws.com or http://minio:9000
     * @param pathStyle true: {@code <endpoint>/<bucket>/<key>} (MinIO, Ceph); false: the bucket in the
     *                  host name, {@code <bucket>.<endpoint host>/<key>} (AWS's preferred style)
     */
    public record Settings(URI endpoint, String region, String bucket, String accessKey, String secretKey,
                           boolean pathStyle) {

        private static final Pattern BUCKET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{1,61}[A-Za-z0-9]");

        public Settings {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(accessKey, "accessKey");
            Objects.requireNonNull(secretKey, "secretKey");
            if (!("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))
                    || endpoint.getHost() == null || endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
                throw new IllegalArgumentException("The S3 endpoint must be an http or https URL with a host and "
                        + "no query, e.g. https://s3.ap-southeast-3.amazonaws.com, not " + endpoint);
            }
            if (bucket == null || !BUCKET.matcher(bucket).matches()) {
                throw new IllegalArgumentException("The S3 bucket name must have 3 to 63 letters, digits, '.' or '-', not " + bucket);
            }
        }

        /** Without the secret key, so settings can be logged. */
        @Override
        public String toString() {
            return "S3 bucket " + bucket + " at " + endpoint + " (" + region + (pathStyle ? ", path-style" : "")
                    + "), access key " + accessKey;
        }
    }

    /** Error replies are a few hundred bytes of XML; more than this is not worth reading. */
    private static final int MAX_ERROR_BODY = 16 * 1024;
    private static final Pattern ERROR_CODE = Pattern.compile("<Code>([^<]*)</Code>");
    private static final Pattern ERROR_MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");
    /** Until the reply's headers arrive; an upload's own duration is not limited, videos take their time. */
    private static final Duration REPLY_TIMEOUT = Duration.ofMinutes(1);

    private final Settings settings;
    private final S3Signer signer;
    private final HttpClient http;
    private final Clock clock;

    public S3AttachmentStorage(Settings settings, Clock clock) {
        this.settings = settings;
        this.signer = new S3Signer(settings.accessKey(), settings.secretKey(), settings.region());
        // HTTP/1.1 as the S3 SDKs use it; the default would try an h2c upgrade on plain-HTTP MinIO.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.clock = clock;
    }

    /**
     * Streams the content to the store without holding it in memory.
     *
     * <p>The payload is sent as UNSIGNED-PAYLOAD: signing its SHA-256 would mean reading a whole
     * video before the first header goes out, so buffering it or reading it twice. The headers
     * (and thus the key, size and type) stay signed, the store still checks Content-Length, and
     * an https endpoint protects the body in transit.
     *
     * <p>{@code If-None-Match: *} makes the store refuse an existing key (AWS S3 and MinIO honour it).
     *
     * @throws IllegalStateException when the key is taken
     */
    @Override
    public void put(String key, InputStream content, long size, String contentType) {
        if (size < 0) {
            throw new IllegalArgumentException("A size cannot be negative: " + size);
        }
        HttpRequest.BodyPublisher body = size == 0
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> content), size);
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        HttpRequest request = request("PUT", key, S3Signer.UNSIGNED_PAYLOAD,
                Map.of("Content-Type", type, "If-None-Match", "*"))
                .PUT(body)
                .build();
        HttpResponse<InputStream> response = send(request, key);
        try (InputStream reply = response.body()) {
            if (response.statusCode() == 412) {
                throw new IllegalStateException("An attachment is already stored under " + key);
            }
            if (response.statusCode() != 200) {
                throw failure(request, key, response.statusCode(), reply);
            }
        } catch (IOException e) {
            throw new AttachmentStorageException(describe(request, key) + " failed while reading the reply", e);
        }
    }

    /** The object's bytes as they arrive from the store; the caller closes the stream. */
    @Override
    public InputStream get(String key) {
        HttpRequest request = request("GET", key, S3Signer.EMPTY_PAYLOAD, Map.of())
                .timeout(REPLY_TIMEOUT)
                .GET()
                .build();
        HttpResponse<InputStream> response = send(request, key);
        if (response.statusCode() == 200) {
            return response.body();
        }
        try (InputStream reply = response.body()) {
            S3StorageException failure = failure(request, key, response.statusCode(), reply);
            if (isMissingObject(failure)) {
                throw new NoSuchElementException("No attachment stored under " + key);
            }
            throw failure;
        } catch (IOException e) {
            throw new AttachmentStorageException(describe(request, key) + " failed while reading the reply", e);
        }
    }

    /** S3 answers 204 whether or not the object existed; a 404 for a missing key is accepted as well. */
    @Override
    public void delete(String key) {
        HttpRequest request = request("DELETE", key, S3Signer.EMPTY_PAYLOAD, Map.of())
                .timeout(REPLY_TIMEOUT)
                .DELETE()
                .build();
        HttpResponse<InputStream> response = send(request, key);
        try (InputStream reply = response.body()) {
            if (response.statusCode() == 204 || response.statusCode() == 200) {
                return;
            }
            S3StorageException failure = failure(request, key, response.statusCode(), reply);
            if (!isMissingObject(failure)) {
                throw failure;
            }
        } catch (IOException e) {
            throw new AttachmentStorageException(describe(request, key) + " failed while reading the reply", e);
        }
    }

    /** The object's address, path-style or virtual-hosted. */
    URI objectUri(String key) {
        URI endpoint = settings.endpoint();
        String basePath = endpoint.getRawPath() == null ? "" : endpoint.getRawPath().replaceAll("/+$", "");
        String objectPath = S3Signer.encodePath(StorageKeys.check(key));
        String authority = endpoint.getRawAuthority();
        if (settings.pathStyle()) {
            return URI.create(endpoint.getScheme() + "://" + authority + basePath + "/" + settings.bucket() + "/" + objectPath);
        }
        return URI.create(endpoint.getScheme() + "://" + settings.bucket() + "." + authority + basePath + "/" + objectPath);
    }

    private HttpRequest.Builder request(String method, String key, String payloadHash, Map<String, String> headers) {
        URI uri = objectUri(key);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
        headers.forEach(builder::header);
        signer.sign(method, hostHeader(uri), uri.getRawPath(), headers, payloadHash, clock.instant())
                .forEach(builder::header);
        return builder;
    }

    /** The Host header exactly as the JDK client writes it (the port only when not the scheme's default). */
    private static String hostHeader(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == ("https".equals(uri.getScheme()) ? 443 : 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    private HttpResponse<InputStream> send(HttpRequest request, String key) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new AttachmentStorageException(describe(request, key) + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AttachmentStorageException(describe(request, key) + " was interrupted", e);
        }
    }

    private S3StorageException failure(HttpRequest request, String key, int status, InputStream reply) throws IOException {
        String xml = new String(reply.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
        return new S3StorageException(describe(request, key), status, element(ERROR_CODE, xml), element(ERROR_MESSAGE, xml));
    }

    /** A 404 about the key, not about the bucket, which would be a setting to fix. */
    private static boolean isMissingObject(S3StorageException failure) {
        return failure.status() == 404 && !"NoSuchBucket".equals(failure.errorCode());
    }

    private String describe(HttpRequest request, String key) {
        return "S3 " + request.method() + " of " + key + " in bucket " + settings.bucket() + " at " + settings.endpoint();
    }

    private static String element(Pattern pattern, String xml) {
        Matcher matcher = pattern.matcher(xml);
        return matcher.find() ? matcher.group(1).strip() : "";
    }
}
