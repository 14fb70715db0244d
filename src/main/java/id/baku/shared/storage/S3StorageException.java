package id.baku.shared.storage;

import java.io.Serial;

/** An S3-compatible store answered with an error: its HTTP status and S3 error code tell operators what to fix. */
public class S3StorageException extends AttachmentStorageException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;

    public S3StorageException(String request, int status, String errorCode, String errorMessage) {
        super(request + " failed: HTTP " + status + (errorCode.isEmpty() ? "" : " " + errorCode)
                + (errorMessage.isEmpty() ? "" : " (" + errorMessage + ")"));
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    /** The S3 error code such as AccessDenied, NoSuchBucket or SignatureDoesNotMatch; empty when the store sent none. */
    public String errorCode() {
        return errorCode;
    }
}
