package com.fabwright.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembered column mappings: a user's correction of which BOM or CPL column holds which field, kept
 * per customer, file role ({@code bom}, {@code cpl}) and header signature (the normalised header
 * cells), so that the next file with the same header from the same customer is read the same way.
 * Saving and forgetting write an audit-log row, as the quote store does for quotes.
 */
public final class ColumnMappingStore implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_SIGNATURE = 4000;
    private final Connection c;

    public ColumnMappingStore(Path file) {
        this.c = Database.open(file);
    }

    /** The store in a Fabwright home folder. */
    public static ColumnMappingStore inHome(Path home) {
        return new ColumnMappingStore(Database.file(home));
    }

    /** The remembered mapping (field name to column spec), if any. */
    public Optional<Map<String, String>> load(String customer, String role, String signature) {
        try (PreparedStatement ps = c.prepareStatement("SELECT columns_json FROM column_mapping"
                + " WHERE customer = ? AND role = ? AND header_signature = ?")) {
            ps.setString(1, customer);
            ps.setString(2, role);
            ps.setString(3, clip(signature));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(JSON.readValue(rs.getString(1), new TypeReference<LinkedHashMap<String, String>>() {
                })) : Optional.empty();
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot read the column mapping of " + customer + ": " + e.getMessage(), e);
        }
    }

    /** Every remembered mapping of a customer and role: header signature to mapping. */
    public Map<String, Map<String, String>> all(String customer, String role) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT header_signature, columns_json FROM column_mapping"
                + " WHERE customer = ? AND role = ? ORDER BY id")) {
            ps.setString(1, customer);
            ps.setString(2, role);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), JSON.readValue(rs.getString(2), new TypeReference<LinkedHashMap<String, String>>() {
                    }));
                }
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot read the column mappings of " + customer + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Saves (or replaces) a mapping, with an audit-log row. */
    public void save(String customer, String role, String signature, Map<String, String> columns) {
        write(() -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO column_mapping (customer, role, header_signature,"
                    + " columns_json, saved_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (customer, role, header_signature)"
                    + " DO UPDATE SET columns_json = excluded.columns_json, saved_at = excluded.saved_at")) {
                ps.setString(1, customer);
                ps.setString(2, role);
                ps.setString(3, clip(signature));
                ps.setString(4, JSON.writeValueAsString(new java.util.TreeMap<>(columns)));
                ps.setString(5, QuoteStore.now());
                ps.executeUpdate();
            }
            audit(customer, role, "mapping saved", new java.util.TreeMap<>(columns) + " for header " + clip(signature));
            return 1;
        });
    }

    /** Removes a mapping; returns whether there was one. */
    public boolean forget(String customer, String role, String signature) {
        return write(() -> {
            int n;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM column_mapping WHERE customer = ? AND role = ?"
                    + " AND header_signature = ?")) {
                ps.setString(1, customer);
                ps.setString(2, role);
                ps.setString(3, clip(signature));
                n = ps.executeUpdate();
            }
            if (n > 0) {
                audit(customer, role, "mapping forgotten", "header " + clip(signature));
            }
            return n;
        }) > 0;
    }

    /** The audit-log rows of a customer's mappings, oldest first. */
    public List<AuditEntry> audit(String customer) {
        return AuditLog.read(c, "column_mapping", customer + "/");
    }

    @Override
    public void close() {
        Database.close(c);
    }

    private void audit(String customer, String role, String action, String detail) throws SQLException {
        AuditLog.append(c, "column_mapping", customer + "/" + role, action, detail);
    }

    private static String clip(String signature) {
        return signature.length() > MAX_SIGNATURE ? signature.substring(0, MAX_SIGNATURE) : signature;
    }

    private int write(QuoteStore.Work<Integer> work) {
        return QuoteStore.inTransaction(c, "cannot write the column mapping", work);
    }
}
