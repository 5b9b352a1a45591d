package com.fabwright.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's audit log ({@code audit_log}): one row per change to a quote, customer or remembered
 * column mapping, appended inside the change's transaction and never edited.
 */
final class AuditLog {
    private AuditLog() {
    }

    /** Appends a row. */
    static void append(Connection c, String entity, String id, String action, String detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (at, entity, entity_id, action, detail)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, QuoteStore.now());
            ps.setString(2, entity);
            ps.setString(3, id);
            ps.setString(4, action);
            ps.setString(5, detail);
            ps.executeUpdate();
        }
    }

    /** The rows whose entity id starts with {@code idPrefix} (and of {@code entity}, unless null), oldest first. */
    static List<AuditEntry> read(Connection c, String entity, String idPrefix) {
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT at, entity, entity_id, action, detail FROM audit_log"
                + " WHERE entity_id LIKE ? AND (? IS NULL OR entity = ?) ORDER BY id")) {
            ps.setString(1, idPrefix + "%");
            ps.setString(2, entity);
            ps.setString(3, entity);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
        return out;
    }
}
