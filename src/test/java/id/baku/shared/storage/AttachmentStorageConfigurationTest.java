package id.baku.shared.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentStorageConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(AttachmentStorageConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC);

    @TempDir
    Path dataDir;

    @Test
    void the_file_system_under_the_data_folder_is_the_default() {
        runner.withPropertyValues("baku.data-dir=" + dataDir).run(context ->
                assertThat(context.getBean(AttachmentStorage.class))
                        .isInstanceOfSatisfying(FileSystemAttachmentStorage.class,
                                storage -> assertThat(storage.root()).isEqualTo(dataDir.resolve("attachments"))));
    }

    @Test
    void the_file_system_folder_can_be_chosen() {
        runner.withPropertyValues("baku.storage.type=filesystem", "baku.storage.dir=" + dataDir.resolve("lampiran"))
                .run(context -> assertThat(context.getBean(FileSystemAttachmentStorage.class).root())
                        .isEqualTo(dataDir.resolve("lampiran")));
    }

    @Test
    void s3_is_chosen_with_its_settings() {
        runner.withPropertyValues("baku.storage.type=s3",
                        "baku.storage.s3.endpoint=http://minio.internal:9000",
                        "baku.storage.s3.region=us-east-1",
                        "baku.storage.s3.bucket=baku-attachments",
                        "baku.storage.s3.access-key=baku",
                        "baku.storage.s3.secret-key=secret")
                .run(context -> assertThat(context.getBean(AttachmentStorage.class)).isInstanceOf(S3AttachmentStorage.class));
    }

    @Test
    void s3_without_all_settings_stops_the_start_naming_what_is_missing() {
        runner.withPropertyValues("baku.storage.type=s3",
                        "baku.storage.s3.endpoint=https://s3.ap-southeast-3.amazonaws.com",
                        "baku.storage.s3.region=ap-southeast-3",
                        "baku.storage.s3.access-key=AKIA")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("baku.storage.s3.bucket (BAKU_STORAGE_S3_BUCKET)")
                        .hasMessageContaining("baku.storage.s3.secret-key (BAKU_STORAGE_S3_SECRET_KEY)")
                        .message().doesNotContain("endpoint", "region", "access-key"));
    }

    @Test
    void a_malformed_s3_endpoint_stops_the_start() {
        runner.withPropertyValues("baku.storage.type=s3",
                        "baku.storage.s3.endpoint=minio.internal:9000",
                        "baku.storage.s3.region=us-east-1",
                        "baku.storage.s3.bucket=baku-attachments",
                        "baku.storage.s3.access-key=baku",
                        "baku.storage.s3.secret-key=secret")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("http or https"));
    }

    @Test
    void an_unknown_type_stops_the_start() {
        runner.withPropertyValues("baku.storage.type=minio")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("must be filesystem or s3, not 'minio'"));
    }
}
