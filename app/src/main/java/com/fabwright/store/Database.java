package com.fabwright.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Opens the SQLite file in WAL mode with foreign keys, full sync and immediate transactions, and brings
 * its schema up to date with the versioned migrations ({@code migrations/V<n>__<name>.sql}, each applied
 * in its own transaction and recorded in {@code schema_version}): a tiny versioned-SQL runner.
 */
public final class Database {
    /** The migrations, in order; add new files at the end, never edit a shipped one. */
    static final List<String> MIGRATIONS = List.of("V1__quotes.sql", "V2__column_mappings.sql");
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private Database() {
    }

    /** The database file in a Fabwright home folder. */
    public static Path file(Path home) {
        return home.resolve("fabwright.db");
    }

    /**
     * The home folder: the {@code fabwright.home} system property (tests, launchers), else
     * {@code FABWRIGHT_HOME}, else the per-user application-data folder.
     */
    public static Path home() {
        String prop = System.getProperty("fabwright.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("FABWRIGHT_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path user = Path.of(System.getProperty("user.home"));
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "Fabwright");
        }
        if (os.contains("mac")) {
            return user.resolve("Library/Application Support/Fabwright");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : user.resolve(".local/share")).resolve("fabwright");
    }

    /** Opens (creating when absent) and migrates the database file. */
    public static Connection open(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(10_000);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            migrate(c);
            return c;
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open the quote database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Closes a connection, as a {@link StoreException} on failure. */
    static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /** The schema version of an open database. */
    public static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    static void migrate(Connection c) throws SQLException, IOException {
        int current = version(c);
        for (int i = current; i < MIGRATIONS.size(); i++) {
            String name = MIGRATIONS.get(i);
            String sql;
            try (InputStream in = Database.class.getResourceAsStream("migrations/" + name)) {
                if (in == null) {
                    throw new IOException("missing migration " + name);
                }
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String stmt : statements(sql)) {
                    s.execute(stmt);
                }
                s.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (" + (i + 1) + ", '" + name
                        + "', datetime('now'))");
                c.commit();
                LOG.info("quote database migrated to version {} ({})", i + 1, name);
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Splits a migration into statements: at semicolons ending a line, keeping trigger bodies whole. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inTrigger = false;
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            cur.append(line).append('\n');
            if (t.toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            boolean ends = inTrigger ? t.toUpperCase(java.util.Locale.ROOT).endsWith("END;") : t.endsWith(";");
            if (ends) {
                out.add(cur.toString().strip());
                cur.setLength(0);
                inTrigger = false;
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }
}
