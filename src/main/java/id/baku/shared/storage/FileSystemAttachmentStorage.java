package id.baku.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.NoSuchElementException;

/**
 * Attachments as files under one root folder, a key's segments as sub-folders. Suits a single
 * server; several replicas need a shared folder or {@link S3AttachmentStorage}.
 */
public final class FileSystemAttachmentStorage implements AttachmentStorage {

    private final Path root;

    /** Creates the root when missing, so a folder Baku cannot write to stops it at start-up. */
    public FileSystemAttachmentStorage(Path root) {
        try {
            this.root = Files.createDirectories(root.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new AttachmentStorageException("Cannot create the attachment folder " + root.toAbsolutePath(), e);
        }
    }

    public Path root() {
        return root;
    }

    /**
     * Writes to a temporary file beside the target, syncs it and renames it into place, so a reader
     * or a crash never sees half an attachment.
     *
     * @throws IllegalStateException    when the key is taken
     * @throws IllegalArgumentException when the content is not exactly {@code size} bytes long
     */
    @Override
    public void put(String key, InputStream content, long size, String contentType) {
        Path target = resolve(key);
        if (size < 0) {
            throw new IllegalArgumentException("A size cannot be negative: " + size);
        }
        Path temp = null;
        try {
            Path folder = Files.createDirectories(target.getParent());
            // A check, not a lock: keys hold a fresh UUID, so two writers of one key would be a bug
            // this reports; ATOMIC_MOVE itself replaces silently on POSIX.
            if (Files.exists(target)) {
                throw new IllegalStateException("An attachment is already stored under " + key);
            }
            temp = Files.createTempFile(folder, ".upload-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                copyExactly(content, out, size);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException e) {
            throw new AttachmentStorageException("Cannot store the attachment " + key + " in " + root, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public InputStream get(String key) {
        Path file = resolve(key);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchElementException("No attachment stored under " + key);
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchElementException("No attachment stored under " + key);
        } catch (IOException e) {
            throw new AttachmentStorageException("Cannot read the attachment " + key + " from " + root, e);
        }
    }

    @Override
    public void delete(String key) {
        Path file = resolve(key);
        try {
            if (Files.isRegularFile(file)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new AttachmentStorageException("Cannot delete the attachment " + key + " from " + root, e);
        }
    }

    private Path resolve(String key) {
        Path file = root.resolve(StorageKeys.check(key)).normalize();
        // StorageKeys already rules out escapes; this keeps the promise even if that rule is loosened.
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("Storage key " + key + " points outside " + root);
        }
        return file;
    }

    /** Copies at most size + 1 bytes, so a stream longer than announced cannot fill the disk. */
    private static void copyExactly(InputStream in, OutputStream out, long size) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int read;
        while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, size - copied + 1))) > 0) {
            copied += read;
            if (copied > size) {
                throw new IllegalArgumentException("The content is longer than the announced " + size + " bytes");
            }
            out.write(buffer, 0, read);
        }
        if (copied < size) {
            throw new IllegalArgumentException("The content has " + copied + " bytes, not the announced " + size);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a stray temporary file is harmless: its name starts with '.', which no key can
        }
    }
}
