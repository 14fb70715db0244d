package id.baku.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file a step's Output may carry, recognised by their first bytes rather than by the
 * name or the type the browser declares, both of which the uploader controls: an .exe renamed to
 * photo.jpg is detected as nothing and refused.
 *
 * <p>Magic numbers prove the container, not that the rest of the file is sound; attachments are
 * therefore served back with the detected type, never rendered inline as HTML.
 */
public final class AttachmentTypes {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";
    public static final String HEIC = "image/heic";
    public static final String HEIF = "image/heif";
    public static final String MP4 = "video/mp4";
    public static final String QUICKTIME = "video/quicktime";
    public static final String WEBM = "video/webm";
    public static final String MATROSKA = "video/x-matroska";
    public static final String PDF = "application/pdf";

    /** How many leading bytes {@link #detect(byte[])} needs to decide. */
    public static final int HEAD_LENGTH = 64;

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] EBML_MAGIC = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
    private static final byte[] EBML_DOC_TYPE = {0x42, (byte) 0x82};

    /** ISO base media brands (the "ftyp" box) of HEVC-coded HEIF images, as phones write them. */
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs");
    /** Plain HEIF brands; AVIF images use them too, hence the AVIF check. */
    private static final Set<String> HEIF_BRANDS = Set.of("mif1", "msf1");
    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6",
            "mp41", "mp42", "avc1", "M4V ", "MSNV", "dash", "mmp4");
    /** Top-level atoms that open QuickTime files written before "ftyp" existed. */
    private static final Set<String> LEGACY_QUICKTIME_ATOMS = Set.of("moov", "mdat", "wide");

    /** Names browsers and phones use for the same kind, mapped to the kind. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("image/jpg", JPEG), Map.entry("image/pjpeg", JPEG),
            Map.entry("image/x-png", PNG),
            Map.entry("image/heic-sequence", HEIC), Map.entry("image/heif-sequence", HEIC), Map.entry(HEIF, HEIC),
            Map.entry("video/x-m4v", MP4), Map.entry("application/mp4", MP4),
            Map.entry(MATROSKA, WEBM), Map.entry("video/mkv", WEBM),
            Map.entry("application/x-pdf", PDF));

    /** What a browser sends when it does not know the file's type (HEIC on Windows, for one). */
    private static final Set<String> UNKNOWN = Set.of("", "application/octet-stream");

    private AttachmentTypes() {
    }

    /** The media type of an allowed kind, or empty for anything else; {@code head} is the file's first bytes. */
    public static Optional<String> detect(byte[] head) {
        if (startsWith(head, 0, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        if (ascii(head, 0, "%PDF-")) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0, EBML_MAGIC)) {
            return matroska(head);
        }
        if (ascii(head, 4, "ftyp")) {
            return isoMedia(head);
        }
        if (head.length >= 8 && LEGACY_QUICKTIME_ATOMS.contains(text(head, 4))) {
            return Optional.of(QUICKTIME);
        }
        return Optional.empty();
    }

    /**
     * Detects the type from the stream's first bytes and rewinds it, so the same stream can then be
     * stored; needs {@link InputStream#markSupported()}, e.g. a {@link java.io.BufferedInputStream}.
     */
    public static Optional<String> detect(InputStream in) throws IOException {
        if (!in.markSupported()) {
            throw new IllegalArgumentException("Type detection needs a stream that can be rewound (mark/reset)");
        }
        in.mark(HEAD_LENGTH);
        try {
            return detect(in.readNBytes(HEAD_LENGTH));
        } finally {
            in.reset();
        }
    }

    /**
     * Whether the type an upload declares fits the type detected from its bytes. Aliases agree
     * (image/jpg with image/jpeg, HEIF with HEIC, Matroska with WebM), parameters and case are
     * ignored, and a missing or generic declaration agrees with any detected kind, since the
     * browser simply did not know; nothing agrees with an undetected type.
     */
    public static boolean agrees(String declared, String detected) {
        if (detected == null) {
            return false;
        }
        String declaredKind = kind(declared == null ? "" : declared);
        return UNKNOWN.contains(declaredKind) || declaredKind.equals(kind(detected));
    }

    private static String kind(String mediaType) {
        String bare = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(bare, bare);
    }

    /** The ISO base media file format (ISO/IEC 14496-12) behind MP4, MOV and HEIF: told apart by brand. */
    private static Optional<String> isoMedia(byte[] head) {
        if (head.length < 12) {
            return Optional.empty();
        }
        String major = text(head, 8);
        List<String> compatible = new ArrayList<>();
        int boxEnd = Math.min(head.length, readInt(head, 0));
        for (int offset = 16; offset + 4 <= boxEnd; offset += 4) {
            compatible.add(text(head, offset));
        }
        if (major.equals("qt  ")) {
            return Optional.of(QUICKTIME);
        }
        if (HEIC_BRANDS.contains(major)) {
            return Optional.of(HEIC);
        }
        if (HEIF_BRANDS.contains(major)) {
            if (compatible.stream().anyMatch(AVIF_BRANDS::contains)) {
                return Optional.empty();
            }
            return Optional.of(compatible.stream().anyMatch(HEIC_BRANDS::contains) ? HEIC : HEIF);
        }
        return MP4_BRANDS.contains(major) ? Optional.of(MP4) : Optional.empty();
    }

    /** EBML files are WebM or Matroska by their DocType element, which the header carries early on. */
    private static Optional<String> matroska(byte[] head) {
        for (int i = EBML_MAGIC.length; i + 3 < head.length; i++) {
            if (startsWith(head, i, EBML_DOC_TYPE) && (head[i + 2] & 0x80) != 0) {
                int length = head[i + 2] & 0x7F;
                if (i + 3 + length > head.length) {
                    return Optional.empty();
                }
                return switch (new String(head, i + 3, length, StandardCharsets.US_ASCII)) {
                    case "webm" -> Optional.of(WEBM);
                    case "matroska" -> Optional.of(MATROSKA);
                    default -> Optional.empty();
                };
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static boolean ascii(byte[] data, int offset, String expected) {
        return startsWith(data, offset, expected.getBytes(StandardCharsets.US_ASCII));
    }

    private static String text(byte[] data, int offset) {
        return new String(data, offset, 4, StandardCharsets.ISO_8859_1);
    }

    private static int readInt(byte[] data, int offset) {
        return ((data[offset] & 0xFF) << 24) | ((data[offset + 1] & 0xFF) << 16)
                | ((data[offset + 2] & 0xFF) << 8) | (data[offset + 3] & 0xFF);
    }
}
