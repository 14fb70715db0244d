package id.baku.shared.storage;

import java.io.InputStream;

/**
 * Where attachments (photos, videos, PDFs recorded as a step's Output) are kept: the file system by
 * default, an S3-compatible object store in production, so that several replicas share them.
 * Keys are chosen by the caller ("<tenant>/<run>/<uuid>"), never by the uploader's file name.
 */
public interface AttachmentStorage {

    /** Stores {@code size} bytes under {@code key}, replacing nothing: a key is written once. */
    void put(String key, InputStream content, long size, String contentType);

    /** The bytes stored under {@code key}; {@link java.util.NoSuchElementException} when there are none. */
    InputStream get(String key);

    /** Removes the object; nothing happens when there is none. */
    void delete(String key);
}
