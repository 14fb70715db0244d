package id.baku.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
                                    @Value("${baku.database.ephemeral:false}") boolean ephemeral) {
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
