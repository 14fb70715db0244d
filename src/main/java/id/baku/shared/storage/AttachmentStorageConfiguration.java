package id.baku.shared.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the attachment store from {@code baku.storage.type}: {@code filesystem} (the default,
 * under {@code baku.storage.dir}) or {@code s3} (settings under {@code baku.storage.s3}). A wrong
 * or incomplete choice stops the start with a message naming what to set, rather than failing on
 * the first upload.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentStorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AttachmentStorageConfiguration.class);
    private static final String S3 = "baku.storage.s3.";

    @Bean
    AttachmentStorage attachmentStorage(Environment environment, Clock clock) {
        String type = environment.getProperty("baku.storage.type", "filesystem").strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "filesystem" -> fileSystem(environment);
            case "s3" -> s3(environment, clock);
            default -> throw new IllegalStateException(
                    "baku.storage.type (BAKU_STORAGE_TYPE) must be filesystem or s3, not '" + type + "'");
        };
    }

    private static FileSystemAttachmentStorage fileSystem(Environment environment) {
        String dir = environment.getProperty("baku.storage.dir", "");
        Path root = dir.isBlank()
                ? Path.of(environment.getProperty("baku.data-dir", "./data")).resolve("attachments")
                : Path.of(dir);
        FileSystemAttachmentStorage storage = new FileSystemAttachmentStorage(root);
        log.info("Attachments are stored in {}", storage.root());
        return storage;
    }

    private static S3AttachmentStorage s3(Environment environment, Clock clock) {
        List<String> missing = new ArrayList<>();
        String endpoint = required(environment, "endpoint", missing);
        String region = required(environment, "region", missing);
        String bucket = required(environment, "bucket", missing);
        String accessKey = required(environment, "access-key", missing);
        String secretKey = required(environment, "secret-key", missing);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("baku.storage.type is s3, but these settings are missing: "
                    + String.join(", ", missing));
        }
        try {
            S3AttachmentStorage.Settings settings = new S3AttachmentStorage.Settings(URI.create(endpoint), region,
                    bucket, accessKey, secretKey, environment.getProperty(S3 + "path-style", Boolean.class, true));
            log.info("Attachments are stored in {}", settings);
            return new S3AttachmentStorage(settings, clock);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Check the baku.storage.s3 settings: " + e.getMessage(), e);
        }
    }

    private static String required(Environment environment, String name, List<String> missing) {
        String value = environment.getProperty(S3 + name, "").strip();
        if (value.isEmpty()) {
            missing.add(S3 + name + " (" + (S3 + name).toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + ")");
        }
        return value;
    }
}
