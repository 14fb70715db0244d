package id.baku.shared.database;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A MySQL/MariaDB named lock ({@code GET_LOCK}) held on its own connection. Replicas that start
 * together queue on it for work that must not run twice at once (migrations, loading the sample
 * pemda); the server drops the lock when the holder's connection or process dies, so a killed
 * replica never leaves it behind.
 */
public final class DatabaseLock implements AutoCloseable {

    /** Work done while holding the lock. */
    @FunctionalInterface
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    private final Connection connection;
    private final String name;

    private DatabaseLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** Runs {@code work} while holding the lock {@code name} of this database, waiting at most {@code wait} for it. */
    public static <E extends Exception> void holding(DataSource dataSource, String name, Duration wait, Work<E> work)
            throws E {
        try (DatabaseLock ignored = acquire(dataSource, name, wait)) {
            work.run();
        }
    }

    static DatabaseLock acquire(DataSource dataSource, String name, Duration wait) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            // Lock names are server-wide: the schema keeps two installations on one server apart.
            String fullName = schema(connection) + "." + name;
            try (PreparedStatement get = connection.prepareStatement("select get_lock(?, ?)")) {
                get.setString(1, fullName);
                get.setLong(2, Math.max(0, wait.toSeconds()));
                try (ResultSet rs = get.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) != 1) {
                        throw new IllegalStateException("Waited " + wait.toSeconds() + " s for the database lock "
                                + fullName + ", which another Baku instance still holds");
                    }
                }
            }
            return new DatabaseLock(connection, fullName);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Cannot take the database lock " + name + ": " + e.getMessage(), e);
        }
    }

    private static String schema(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select database()");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            String schema = rs.getString(1);
            return schema == null ? "" : schema;
        }
    }

    @Override
    public void close() {
        try (PreparedStatement release = connection.prepareStatement("select release_lock(?)")) {
            release.setString(1, name);
            release.execute();
        } catch (SQLException e) {
            // A pooled connection would keep the lock: drop it from the pool instead.
            try {
                connection.abort(Runnable::run);
            } catch (SQLException ignored) {
                // the connection is gone, and the lock with it
            }
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing left to release
        }
    }
}
