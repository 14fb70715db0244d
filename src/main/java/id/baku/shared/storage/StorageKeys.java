package id.baku.shared.storage;

import java.util.regex.Pattern;

/**
 * The one rule for keys, shared by every store: segments of letters, digits, '.', '_' and '-'
 * separated by single slashes. A key therefore cannot climb out of the file system root, name an
 * absolute path or a hidden file, and needs no escaping in an S3 URL.
 */
final class StorageKeys {

    /** S3 allows 1024 bytes; half of that leaves room for the bucket or root in front. */
    static final int MAX_LENGTH = 512;
    /** Most file systems refuse longer file names. */
    static final int MAX_SEGMENT_LENGTH = 255;

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private StorageKeys() {
    }

    /** The key unchanged, or IllegalArgumentException: keys come from code, never from uploaders. */
    static String check(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A storage key must have 1 to " + MAX_LENGTH + " characters");
        }
        for (String segment : key.split("/", -1)) {
            // a leading dot would allow "." and ".." and hide the file; temporary files start with one
            if (segment.length() > MAX_SEGMENT_LENGTH || !SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("Invalid storage key '" + key + "': use segments of letters, "
                        + "digits, '.', '_' and '-' (not starting with '.') separated by single '/'");
            }
        }
        return key;
    }
}
