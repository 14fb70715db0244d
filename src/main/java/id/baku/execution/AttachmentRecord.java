package id.baku.execution;

import java.time.Instant;

public record AttachmentRecord(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
                               Instant uploadedAt) {
}
