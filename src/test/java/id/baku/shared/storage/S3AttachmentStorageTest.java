package id.baku.shared.storage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class S3AttachmentStorageTest {

    private static final String KEY = "7/1024/3f2a9c1e-4b7d-4e55-9a0b-2c8d6e1f0a11";
    private static final String SECRET = "minio-secret-key-for-tests";

    private FakeS3Server server;
    private S3AttachmentStorage storage;

    @BeforeEach
    void start() throws IOException {
        server = new FakeS3Server("baku-attachments", "ap-southeast-3", "BAKUTEST", SECRET);
        storage = storage("baku-attachments", SECRET);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void an_attachment_is_stored_read_back_and_deleted() throws IOException {
        byte[] pdf = "%PDF-1.7 berita acara".getBytes(StandardCharsets.UTF_8);

        storage.put(KEY, new ByteArrayInputStream(pdf), pdf.length, "application/pdf");

        assertThat(server.objects.get(KEY)).isEqualTo(pdf);
        assertThat(server.contentTypes.get(KEY)).isEqualTo("application/pdf");
        try (InputStream in = storage.get(KEY)) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        storage.delete(KEY);
        assertThat(server.objects).isEmpty();
        assertThatThrownBy(() -> storage.get(KEY)).isInstanceOf(NoSuchElementException.class);
        storage.delete(KEY);
    }

    @Test
    void requests_carry_a_sigv4_authorization_for_the_configured_key_region_and_headers() {
        storage.put(KEY, new ByteArrayInputStream(new byte[]{1, 2, 3}), 3, "video/mp4");

        assertThat(server.authorizations).singleElement().asString()
                .matches("AWS4-HMAC-SHA256 Credential=BAKUTEST/\\d{8}/ap-southeast-3/s3/aws4_request,"
                        + "SignedHeaders=content-type;host;if-none-match;x-amz-content-sha256;x-amz-date,"
                        + "Signature=[0-9a-f]{64}");
    }

    @Test
    void a_missing_key_is_no_such_element() {
        assertThatThrownBy(() -> storage.get("7/1024/missing")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void a_key_is_written_once() {
        storage.put(KEY, new ByteArrayInputStream(new byte[]{1}), 1, "image/png");

        assertThatThrownBy(() -> storage.put(KEY, new ByteArrayInputStream(new byte[]{2}), 1, "image/png"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(server.objects.get(KEY)).containsExactly(1);
    }

    @Test
    void a_large_video_is_streamed_both_ways() throws IOException {
        long size = 16L * 1024 * 1024;
        storage.put(KEY, new RepeatingStream(size), size, "video/mp4");

        assertThat(server.objects.get(KEY)).hasSize((int) size);
        try (InputStream in = storage.get(KEY)) {
            assertThat(FakeS3Server.drain(in)).isEqualTo(size);
        }
    }

    @Test
    void an_empty_attachment_is_allowed() throws IOException {
        storage.put(KEY, InputStream.nullInputStream(), 0, "application/pdf");
        try (InputStream in = storage.get(KEY)) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }

    @Test
    void content_of_another_length_than_announced_is_not_stored() {
        assertThatThrownBy(() -> storage.put(KEY, new ByteArrayInputStream(new byte[10]), 5, "image/png"))
                .isInstanceOf(AttachmentStorageException.class);
        assertThatThrownBy(() -> storage.put(KEY, new ByteArrayInputStream(new byte[3]), 5, "image/png"))
                .isInstanceOf(AttachmentStorageException.class);
        assertThat(server.objects).isEmpty();
    }

    @Test
    void a_wrong_secret_fails_with_the_status_and_s3_error_code() {
        S3AttachmentStorage wrongSecret = storage("baku-attachments", "not-the-secret");

        assertThatThrownBy(() -> wrongSecret.put(KEY, new ByteArrayInputStream(new byte[]{1}), 1, "image/png"))
                .isInstanceOfSatisfying(S3StorageException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.errorCode()).isEqualTo("SignatureDoesNotMatch");
                    assertThat(e.getMessage()).contains("PUT", KEY, "baku-attachments", "HTTP 403 SignatureDoesNotMatch")
                            .doesNotContain("not-the-secret");
                });
        assertThatThrownBy(() -> wrongSecret.get(KEY)).isInstanceOf(S3StorageException.class);
    }

    @Test
    void a_missing_bucket_is_a_setting_to_fix_not_a_missing_attachment() {
        S3AttachmentStorage otherBucket = storage("no-such-bucket", SECRET);

        assertThatThrownBy(() -> otherBucket.get(KEY))
                .isInstanceOfSatisfying(S3StorageException.class, e -> assertThat(e.errorCode()).isEqualTo("NoSuchBucket"));
        assertThatThrownBy(() -> otherBucket.delete(KEY)).isInstanceOf(S3StorageException.class);
    }

    @Test
    void an_unreachable_store_fails_with_the_address() throws IOException {
        URI endpoint = server.endpoint();
        server.close();
        S3AttachmentStorage unreachable = new S3AttachmentStorage(new S3AttachmentStorage.Settings(
                endpoint, "ap-southeast-3", "baku-attachments", "BAKUTEST", SECRET, true), Clock.systemUTC());

        assertThatThrownBy(() -> unreachable.get(KEY))
                .isInstanceOf(AttachmentStorageException.class).hasMessageContaining(endpoint.toString());
    }

    @Test
    void keys_are_checked_before_anything_is_sent() {
        assertThatThrownBy(() -> storage.get("../other-bucket/x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.authorizations).isEmpty();
    }

    @Test
    void objects_are_addressed_path_style_or_in_the_host_name() {
        URI aws = URI.create("https://s3.ap-southeast-3.amazonaws.com/");
        S3AttachmentStorage virtualHosted = new S3AttachmentStorage(new S3AttachmentStorage.Settings(
                aws, "ap-southeast-3", "baku-pemda", "AK", "SK", false), Clock.systemUTC());
        S3AttachmentStorage pathStyle = new S3AttachmentStorage(new S3AttachmentStorage.Settings(
                URI.create("http://minio.internal:9000"), "us-east-1", "baku-pemda", "AK", "SK", true), Clock.systemUTC());

        assertThat(virtualHosted.objectUri("7/12/a.jpg"))
                .isEqualTo(URI.create("https://baku-pemda.s3.ap-southeast-3.amazonaws.com/7/12/a.jpg"));
        assertThat(pathStyle.objectUri("7/12/a.jpg")).isEqualTo(URI.create("http://minio.internal:9000/baku-pemda/7/12/a.jpg"));
    }

    @Test
    void settings_refuse_what_cannot_work_and_never_print_the_secret() {
        assertThatThrownBy(() -> new S3AttachmentStorage.Settings(URI.create("minio:9000"), "us-east-1", "b-1", "AK", "SK", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https");
        assertThatThrownBy(() -> new S3AttachmentStorage.Settings(URI.create("http://minio:9000"), "us-east-1", "a/b", "AK", "SK", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bucket");
        assertThat(new S3AttachmentStorage.Settings(URI.create("http://minio:9000"), "us-east-1", "bkt", "AK", "top-secret", true))
                .asString().doesNotContain("top-secret");
    }

    private S3AttachmentStorage storage(String bucket, String secret) {
        return new S3AttachmentStorage(new S3AttachmentStorage.Settings(
                server.endpoint(), "ap-southeast-3", bucket, "BAKUTEST", secret, true), Clock.systemUTC());
    }

    /** A long stream produced on the fly, so the client side never holds the whole video. */
    private static final class RepeatingStream extends InputStream {
        private long remaining;

        RepeatingStream(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            return remaining-- > 0 ? 'x' : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            remaining -= n;
            return n;
        }
    }
}
