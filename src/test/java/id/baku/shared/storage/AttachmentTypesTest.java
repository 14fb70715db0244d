package id.baku.shared.storage;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Headers below are the first bytes of files as cameras, phones, browsers and office software write them. */
class AttachmentTypesTest {

    /** iPhone photo: ftyp box with major brand heic, compatible mif1 and heic. */
    private static final String IPHONE_HEIC = "00000018 66747970 68656963 00000000 6d696631 68656963";
    /** Plain HEIF still image (major brand mif1, no HEVC brand). */
    private static final String PLAIN_HEIF = "00000014 66747970 6d696631 00000000 6d696631";
    /** AVIF image: a HEIF container with an AV1 brand, which Baku does not accept. */
    private static final String AVIF = "0000001c 66747970 6d696631 00000000 6d696631 61766966 6d696166";
    /** Android camera video: ftyp isom, compatible isom iso2 avc1 mp41. */
    private static final String ANDROID_MP4 = "00000020 66747970 69736f6d 00000200 69736f6d 69736f32 61766331 6d703431";
    /** iPhone video (.MOV): ftyp with brand "qt  ". */
    private static final String IPHONE_MOV = "00000014 66747970 71742020 00000000 71742020 00000008 77696465";
    /** Audio-only MPEG-4 (.m4a): the MP4 container, but no video. */
    private static final String M4A = "0000001c 66747970 4d344120 00000000 4d344120 6d703432 69736f6d";
    /** WebM from a browser's MediaRecorder: EBML header whose DocType is "webm". */
    private static final String WEBM = "1a45dfa3 9f428681 0142f781 0142f281 0442f381 08428284 7765626d 42878104 42858102";
    /** Matroska (.mkv): the same header with DocType "matroska". */
    private static final String MKV = "1a45dfa3 a3428681 0142f781 0142f281 0442f381 08428288 6d617472 6f736b61 42878104 42858102";
    /** WebP: RIFF container with form type WEBP and a VP8 chunk. */
    private static final String WEBP = "52494646 24000000 57454250 56503820 18000000";
    /** A Windows executable. */
    private static final String EXE = "4d5a9000 03000000 04000000 ffff0000 b8000000";
    /** A ZIP archive (also .docx, .apk, .jar). */
    private static final String ZIP = "504b0304 14000600 08000000 2100";
    /** GIF: an image, but not an allowed kind. */
    private static final String GIF = "47494638 39610100 010080";

    @Test
    void photos_are_recognised_by_their_bytes() throws IOException {
        assertThat(AttachmentTypes.detect(image("jpg"))).contains(AttachmentTypes.JPEG);
        assertThat(AttachmentTypes.detect(image("png"))).contains(AttachmentTypes.PNG);
        assertThat(AttachmentTypes.detect(hex(WEBP))).contains(AttachmentTypes.WEBP);
        assertThat(AttachmentTypes.detect(hex(IPHONE_HEIC))).contains(AttachmentTypes.HEIC);
        assertThat(AttachmentTypes.detect(hex(PLAIN_HEIF))).contains(AttachmentTypes.HEIF);
    }

    @Test
    void videos_are_recognised_by_their_bytes() {
        assertThat(AttachmentTypes.detect(hex(ANDROID_MP4))).contains(AttachmentTypes.MP4);
        assertThat(AttachmentTypes.detect(hex(IPHONE_MOV))).contains(AttachmentTypes.QUICKTIME);
        assertThat(AttachmentTypes.detect(hex(WEBM))).contains(AttachmentTypes.WEBM);
        assertThat(AttachmentTypes.detect(hex(MKV))).contains(AttachmentTypes.MATROSKA);
    }

    @Test
    void a_pdf_is_recognised_by_its_header() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(AttachmentTypes.detect(pdf)).contains(AttachmentTypes.PDF);
    }

    @Test
    void other_files_are_not_an_allowed_kind() {
        for (String other : new String[]{EXE, ZIP, GIF, AVIF, M4A}) {
            assertThat(AttachmentTypes.detect(hex(other))).as(other).isEmpty();
        }
        assertThat(AttachmentTypes.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(AttachmentTypes.detect("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(AttachmentTypes.detect(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).as("marker not at the start").isEmpty();
        assertThat(AttachmentTypes.detect(new byte[0])).isEmpty();
        assertThat(AttachmentTypes.detect(hex("ffd8"))).as("cut short").isEmpty();
        assertThat(AttachmentTypes.detect(hex("00000018 66747970"))).as("ftyp without a brand").isEmpty();
    }

    @Test
    void an_exe_renamed_to_a_photo_does_not_agree_with_its_declared_type() {
        String detected = AttachmentTypes.detect(hex(EXE)).orElse(null);
        assertThat(AttachmentTypes.agrees("image/jpeg", detected)).isFalse();
        assertThat(AttachmentTypes.agrees("application/octet-stream", detected)).isFalse();
    }

    @Test
    void a_declared_type_must_name_the_detected_kind() throws IOException {
        String png = AttachmentTypes.detect(image("png")).orElseThrow();
        assertThat(AttachmentTypes.agrees("image/png", png)).isTrue();
        assertThat(AttachmentTypes.agrees("image/jpeg", png)).isFalse();
        assertThat(AttachmentTypes.agrees("application/pdf", png)).isFalse();
        assertThat(AttachmentTypes.agrees("video/mp4", AttachmentTypes.QUICKTIME)).isFalse();
        assertThat(AttachmentTypes.agrees("text/html", AttachmentTypes.PDF)).isFalse();
    }

    @Test
    void aliases_case_and_parameters_do_not_matter() {
        assertThat(AttachmentTypes.agrees("image/jpg", AttachmentTypes.JPEG)).isTrue();
        assertThat(AttachmentTypes.agrees(" IMAGE/JPEG; charset=binary", AttachmentTypes.JPEG)).isTrue();
        assertThat(AttachmentTypes.agrees("image/heif", AttachmentTypes.HEIC)).isTrue();
        assertThat(AttachmentTypes.agrees("image/heic", AttachmentTypes.HEIF)).isTrue();
        assertThat(AttachmentTypes.agrees("video/x-matroska", AttachmentTypes.WEBM)).isTrue();
        assertThat(AttachmentTypes.agrees("video/webm", AttachmentTypes.MATROSKA)).isTrue();
        assertThat(AttachmentTypes.agrees("application/x-pdf", AttachmentTypes.PDF)).isTrue();
    }

    @Test
    void an_unknown_declaration_agrees_with_any_allowed_kind() {
        assertThat(AttachmentTypes.agrees(null, AttachmentTypes.HEIC)).isTrue();
        assertThat(AttachmentTypes.agrees("", AttachmentTypes.HEIC)).isTrue();
        assertThat(AttachmentTypes.agrees("application/octet-stream", AttachmentTypes.MP4)).isTrue();
        assertThat(AttachmentTypes.agrees(null, null)).isFalse();
    }

    @Test
    void detecting_from_a_stream_leaves_it_whole_for_storing() throws IOException {
        byte[] jpeg = image("jpg");
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(jpeg));

        assertThat(AttachmentTypes.detect(in)).contains(AttachmentTypes.JPEG);
        assertThat(in.readAllBytes()).isEqualTo(jpeg);
        assertThatThrownBy(() -> AttachmentTypes.detect(InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A real image file as ImageIO writes it. */
    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }
}
