package id.baku.shared.storage;

import java.io.Serial;

/** The store failed (disk, network, refused credentials): nothing a user can fix, so it is logged with its cause. */
public class AttachmentStorageException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public AttachmentStorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public AttachmentStorageException(String message) {
        super(message);
    }
}
