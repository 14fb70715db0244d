package id.baku.shared.storage;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signer against the worked examples in AWS's documentation ("Signature Calculations for the
 * Authorization Header: Transferring Payload in a Single Chunk", Amazon S3 API reference), which
 * use these example credentials and the bucket examplebucket in us-east-1 on 24 May 2013.
 */
class S3SignerTest {

    private static final S3Signer AWS_EXAMPLE =
            new S3Signer("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1");
    private static final Instant MAY_24_2013 = Instant.parse("2013-05-24T00:00:00Z");
    private static final String HOST = "examplebucket.s3.amazonaws.com";

    @Test
    void get_object_matches_the_published_canonical_request_string_to_sign_and_signature() {
        String canonicalRequest = AWS_EXAMPLE.canonicalRequest("GET", "/test.txt", new TreeMap<>(Map.of(
                "host", HOST,
                "range", "bytes=0-9",
                "x-amz-content-sha256", S3Signer.EMPTY_PAYLOAD,
                "x-amz-date", "20130524T000000Z")), S3Signer.EMPTY_PAYLOAD);
        assertThat(canonicalRequest).isEqualTo("""
                GET
                /test.txt

                host:examplebucket.s3.amazonaws.com
                range:bytes=0-9
                x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                x-amz-date:20130524T000000Z

                host;range;x-amz-content-sha256;x-amz-date
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");

        String stringToSign = AWS_EXAMPLE.stringToSign("20130524T000000Z", canonicalRequest);
        assertThat(stringToSign).isEqualTo("""
                AWS4-HMAC-SHA256
                20130524T000000Z
                20130524/us-east-1/s3/aws4_request
                7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972""");

        assertThat(AWS_EXAMPLE.signature("20130524", stringToSign))
                .isEqualTo("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    @Test
    void get_object_yields_the_published_authorization_header() {
        Map<String, String> headers = AWS_EXAMPLE.sign("GET", HOST, "/test.txt", Map.of("Range", "bytes=0-9"),
                S3Signer.EMPTY_PAYLOAD, MAY_24_2013);

        assertThat(headers).containsEntry("x-amz-date", "20130524T000000Z")
                .containsEntry("x-amz-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
                .containsEntry("Authorization", "AWS4-HMAC-SHA256 "
                        + "Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                        + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                        + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    /** The PUT example adds an encoded path ("$" becomes %24), a payload hash and more headers. */
    @Test
    void put_object_yields_the_published_signature() {
        String payloadHash = S3Signer.sha256Hex("Welcome to Amazon S3.".getBytes(StandardCharsets.UTF_8));
        assertThat(payloadHash).isEqualTo("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
        String path = S3Signer.encodePath("/test$file.text");
        assertThat(path).isEqualTo("/test%24file.text");

        Map<String, String> headers = AWS_EXAMPLE.sign("PUT", HOST, path, Map.of(
                "Date", "Fri, 24 May 2013 00:00:00 GMT",
                "x-amz-storage-class", "REDUCED_REDUNDANCY"), payloadHash, MAY_24_2013);

        assertThat(headers.get("Authorization")).isEqualTo("AWS4-HMAC-SHA256 "
                + "Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                + "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,"
                + "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
    }

    @Test
    void paths_keep_slashes_and_unreserved_characters_and_encode_the_rest() {
        assertThat(S3Signer.encodePath("/baku/7/12/a-b_c.d~e")).isEqualTo("/baku/7/12/a-b_c.d~e");
        assertThat(S3Signer.encodePath("/foto liputan+1.jpg")).isEqualTo("/foto%20liputan%2B1.jpg");
        assertThat(S3Signer.encodePath("/é")).isEqualTo("/%C3%A9");
    }
}
