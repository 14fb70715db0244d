package id.baku.shared.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileSystemAttachmentStorageTest {

    private static final String KEY = "7/1024/3f2a9c1e-4b7d-4e55-9a0b-2c8d6e1f0a11";

    @TempDir
    Path dir;

    @Test
    void an_attachment_is_stored_read_back_and_deleted() throws Exception {
        FileSystemAttachmentStorage storage = new FileSystemAttachmentStorage(dir.resolve("attachments"));
        byte[] photo = "foto liputan HUT Kota Tangerang".getBytes(StandardCharsets.UTF_8);

        storage.put(KEY, new ByteArrayInputStream(photo), photo.length, "image/jpeg");

        try (InputStream in = storage.get(KEY)) {
            assertThat(in.readAllBytes()).isEqualTo(photo);
        }
        assertThat(dir.resolve("attachments").resolve(KEY)).exists();
        storage.delete(KEY);
        assertThatThrownBy(() -> storage.get(KEY)).isInstanceOf(NoSuchElementException.class);
        storage.delete(KEY); // a second delete finds nothing and is fine
    }

    @Test
    void a_missing_key_is_no_such_element() {
        FileSystemAttachmentStorage storage = new FileSystemAttachmentStorage(dir);
        assertThatThrownBy(() -> storage.get("7/1024/missing")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> storage.get("7/1024")).as("a folder is not an attachment")
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void a_key_is_written_once() throws IOException {
        FileSystemAttachmentStorage storage = new FileSystemAttachmentStorage(dir);
        storage.put(KEY, stream("first"), 5, "application/pdf");

        assertThatThrownBy(() -> storage.put(KEY, stream("second"), 6, "application/pdf"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(dir.resolve(KEY)).hasContent("first");
        assertThat(leftovers()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "7/../../escape", "/etc/passwd", "7//x", "7/./x", "7/.hidden", "7/x/",
            "", "7\\..\\x", "7/x y", "C:/x", "7/%2e%2e/x", "7/berkas\u0000.jpg"})
    void keys_that_could_leave_the_root_or_need_escaping_are_refused(String key) {
        FileSystemAttachmentStorage storage = new FileSystemAttachmentStorage(dir.resolve("attachments"));

        assertThatThrownBy(() -> storage.put(key, stream("x"), 1, "image/png")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.get(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.delete(key)).isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("escape")).doesNotExist();
    }

    @Test
    void overlong_keys_are_refused() {
        FileSystemAttachmentStorage storage = new FileSystemAttachmentStorage(dir);
        assertThatThrownBy(() -> storage.get("7/" + "a".repeat(StorageKeys.MAX_SEGMENT_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.get("a/".repeat(StorageKeys.MAX_LENGTH / 2) + "a"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void content_of_another_length_than_announced_leaves_nothing_behind() throws Exception {
        FileSystemAttachmentStorage storage = new FileSystemAttachmentStorage(dir);

        assertThatThrownBy(() -> storage.put(KEY, stream("twelve bytes"), 5, "video/mp4"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer");
        assertThatThrownBy(() -> storage.put(KEY, stream("short"), 100, "video/mp4"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 bytes");

        assertThatThrownBy(() -> storage.get(KEY)).isInstanceOf(NoSuchElementException.class);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void an_empty_attachment_is_allowed() throws Exception {
        FileSystemAttachmentStorage storage = new FileSystemAttachmentStorage(dir);
        storage.put(KEY, InputStream.nullInputStream(), 0, "application/pdf");
        try (InputStream in = storage.get(KEY)) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }

    /** Regular files under the root other than stored attachments, e.g. temporary files. */
    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.equals(dir.resolve(KEY))).toList();
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
