package id.baku.shared.database;

import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Liquibase, one replica at a time. Replicas starting together on a fresh database would race to
 * create Liquibase's own lock table, and a replica killed mid-migration leaves Liquibase's lock row
 * set for ever; under the named {@link DatabaseLock} neither can happen, so a lock row found
 * there is stale and is cleared.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

    static final String LOCK = "liquibase";

    @Bean
    SpringLiquibase liquibase(DataSource dataSource,
                              @Value("${spring.liquibase.change-log}") String changeLog,
                              @Value("${baku.database.migration-wait:10m}") Duration wait) {
        SerialLiquibase liquibase = new SerialLiquibase(wait);
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog(changeLog);
        return liquibase;
    }

    static final class SerialLiquibase extends SpringLiquibase {

        private static final Logger log = LoggerFactory.getLogger(SerialLiquibase.class);

        private final Duration wait;

        SerialLiquibase(Duration wait) {
            this.wait = wait;
        }

        @Override
        public void afterPropertiesSet() throws LiquibaseException {
            DatabaseLock.holding(getDataSource(), LOCK, wait, () -> {
                clearStaleLock(getDataSource());
                super.afterPropertiesSet();
            });
        }

        private static void clearStaleLock(DataSource dataSource) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                int cleared = s.executeUpdate("update DATABASECHANGELOGLOCK set LOCKED = 0, LOCKGRANTED = null, "
                        + "LOCKEDBY = null where LOCKED = 1");
                if (cleared > 0) {
                    log.warn("Cleared a Liquibase lock left by a Baku instance that stopped during a migration");
                }
            } catch (SQLException e) {
                if (e.getErrorCode() != 1146) { // 1146: the table does not exist yet (fresh database)
                    throw new IllegalStateException("Cannot check Liquibase's lock: " + e.getMessage(), e);
                }
            }
        }
    }
}
