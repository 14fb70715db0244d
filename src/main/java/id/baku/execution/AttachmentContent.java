package id.baku.execution;

import java.io.InputStream;
import java.util.function.Supplier;

/** A stored attachment to send to a browser: its name, real type, size and a way to open its bytes. */
public record AttachmentContent(String fileName, String contentType, long sizeBytes, Supplier<InputStream> open) {
}
