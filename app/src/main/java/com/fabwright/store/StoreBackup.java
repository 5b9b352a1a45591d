package com.fabwright.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Backup ({@code VACUUM INTO}, consistent while in use) and restore (checked, the old file kept) of the quote database. */
final class StoreBackup {
    private StoreBackup() {
    }

    /** A consistent copy of the database ({@code VACUUM INTO}), safe while the store is in use. */
    static void backup(Connection c, Path target) {
        if (Files.exists(target)) {
            throw new StoreException("backup target exists: " + target);
        }
        try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.execute();
        } catch (SQLException e) {
            throw new StoreException("backup to " + target + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the database file with a backup after checking it opens and passes the integrity check;
     * the current file is kept beside it as {@code .before-restore}. The store must be closed.
     */
    static void restore(Path backup, Path dbFile) {
        try (QuoteStore probe = new QuoteStore(backup)) {
            String check = probe.integrityCheck();
            if (!"ok".equals(check)) {
                throw new StoreException("backup " + backup + " fails the integrity check: " + check);
            }
        }
        try {
            if (Files.exists(dbFile)) {
                Files.copy(dbFile, dbFile.resolveSibling(dbFile.getFileName() + ".before-restore"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(dbFile.resolveSibling(dbFile.getFileName() + "-wal"));
            Files.deleteIfExists(dbFile.resolveSibling(dbFile.getFileName() + "-shm"));
            Path tmp = dbFile.resolveSibling(dbFile.getFileName() + ".restoring");
            Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, dbFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("restore from " + backup + " failed: " + e.getMessage(), e);
        }
    }
}
