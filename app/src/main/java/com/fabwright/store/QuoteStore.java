package com.fabwright.store;

import com.fabwright.quote.LineItem;
import com.fabwright.quote.Quote;
import com.fabwright.quote.QuoteBreak;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Quotes in the SQLite store: saving (one transaction: customer, RFQ, quote revision, quantities,
 * lines, notes, frozen rates, audit row), revising (a new revision; old ones never change, enforced
 * by triggers), statuses, approval (locks the revision), reading, backup and restore.
 */
public final class QuoteStore implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final Connection c;

    public QuoteStore(Path file) {
        this.file = file;
        this.c = Database.open(file);
    }

    /** The store in a Fabwright home folder. */
    public static QuoteStore inHome(Path home) {
        return new QuoteStore(Database.file(home));
    }

    public Path file() {
        return file;
    }

    Connection connection() {
        return c;
    }

    /** Saves a new quote (revision 1) and returns it once committed. */
    public SavedQuote save(Quote q, String ratesJson, SaveRequest req) {
        return write(() -> {
            int year = Instant.now().atZone(ZoneOffset.UTC).getYear();
            String prefix = "Q-" + year + "-";
            int next = 1;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT MAX(CAST(substr(quote_no, ?) AS INTEGER)) FROM quote WHERE quote_no LIKE ?")) {
                ps.setInt(1, prefix.length() + 1);
                ps.setString(2, prefix + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        next = rs.getInt(1) + 1;
                    }
                }
            }
            String no = prefix + String.format("%04d", next);
            return insert(no, 1, null, q, ratesJson, req, "created");
        });
    }

    /** Saves an edited quote as the next revision of {@code quoteNo}; earlier revisions stay as they were. */
    public SavedQuote revise(String quoteNo, Quote q, String ratesJson, SaveRequest req) {
        return write(() -> {
            SavedQuote last = latest(quoteNo).orElseThrow(() -> new StoreException("no quote " + quoteNo));
            return insert(quoteNo, last.revision() + 1, last.id(), q, ratesJson, req, "revised from rev " + last.revision());
        });
    }

    /** Sets the status of a revision (any revision, locked or not: the content never changes). */
    public void setStatus(String quoteNo, int revision, QuoteStatus status, String reason) {
        write(() -> {
            long id = idOf(quoteNo, revision);
            try (PreparedStatement ps = c.prepareStatement("UPDATE quote SET status = ?, lost_reason = ? WHERE id = ?")) {
                ps.setString(1, status.name());
                ps.setString(2, reason);
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            audit("quote", quoteNo + "/" + revision, "status", status.name() + (reason == null ? "" : ": " + reason));
            return null;
        });
    }

    /** Approves and locks a revision: its validity and lead time can no longer change. */
    public void approve(String quoteNo, int revision, String by) {
        write(() -> {
            long id = idOf(quoteNo, revision);
            try (PreparedStatement ps = c.prepareStatement("UPDATE quote SET locked = 1, approved_at = ? WHERE id = ?")) {
                ps.setString(1, now());
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            audit("quote", quoteNo + "/" + revision, "approved", by);
            return null;
        });
    }

    /** Changes the validity date of an unlocked revision. */
    public void setValidUntil(String quoteNo, int revision, String date) {
        write(() -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE quote SET valid_until = ? WHERE id = ?")) {
                ps.setString(1, date);
                ps.setLong(2, idOf(quoteNo, revision));
                ps.executeUpdate();
            }
            audit("quote", quoteNo + "/" + revision, "valid-until", date);
            return null;
        });
    }

    /** A revision, or the latest when {@code revision} is null. */
    public Optional<SavedQuote> get(String quoteNo, Integer revision) {
        return revision == null ? latest(quoteNo) : query("WHERE q.quote_no = ? AND q.revision = ?", quoteNo, revision)
                .stream().findFirst();
    }

    /** Parses {@code Q-2026-0001} or {@code Q-2026-0001/2} (or {@code rev2}). */
    public Optional<SavedQuote> find(String id) {
        String[] parts = id.split("/|@|:rev|/rev");
        Integer rev = parts.length > 1 ? Integer.valueOf(parts[1].replaceAll("\\D", "")) : null;
        return get(parts[0], rev);
    }

    public Optional<SavedQuote> latest(String quoteNo) {
        return query("WHERE q.quote_no = ? ORDER BY q.revision DESC LIMIT 1", quoteNo).stream().findFirst();
    }

    /** Every revision's summary, newest quote first. */
    public List<QuoteSummary> list() {
        List<QuoteSummary> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT q.quote_no, q.revision, q.status, cu.name, q.created_at, q.rate_profile, q.currency, q.locked,"
                        + " (SELECT qty FROM quote_qty WHERE quote_id = q.id ORDER BY qty LIMIT 1),"
                        + " (SELECT unit_price FROM quote_qty WHERE quote_id = q.id ORDER BY qty LIMIT 1)"
                        + " FROM quote q LEFT JOIN customer cu ON cu.id = q.customer_id ORDER BY q.id DESC")) {
            while (rs.next()) {
                out.add(new QuoteSummary(rs.getString(1), rs.getInt(2), QuoteStatus.parse(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(9), rs.getDouble(10), rs.getInt(8) == 1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list quotes: " + e.getMessage(), e);
        }
        return out;
    }

    /** The rate profiles quotes were priced with, as {@code name@version}. */
    public List<String> rateProfiles() {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name || '@' || version FROM rate_profile ORDER BY name, version")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
        return out;
    }

    /** The frozen rate-profile JSON of a saved revision. */
    public String ratesJson(String quoteNo, int revision) {
        try (PreparedStatement ps = c.prepareStatement("SELECT rates_json FROM quote WHERE quote_no = ? AND revision = ?")) {
            ps.setString(1, quoteNo);
            ps.setInt(2, revision);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no quote " + quoteNo + " revision " + revision);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /** Every quote number saved (for checks). */
    public List<String> quoteNumbers() {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT quote_no FROM quote")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
        return out;
    }

    /** The audit log of one quote (all revisions), oldest first. */
    public List<AuditEntry> audit(String quoteNo) {
        return AuditLog.read(c, null, quoteNo);
    }

    /** {@code PRAGMA integrity_check}: {@code ok} for a sound file. */
    public String integrityCheck() {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /** Sets every Draft or Sent revision whose validity ended before {@code today} to Expired; returns how many. */
    public int expireOverdue(java.time.LocalDate today) {
        return write(() -> {
            List<String[]> due = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT quote_no, revision FROM quote WHERE status IN ('Draft', 'Sent')"
                    + " AND valid_until IS NOT NULL AND valid_until < ?")) {
                ps.setString(1, today.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        due.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            for (String[] d : due) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE quote SET status = 'Expired' WHERE quote_no = ? AND revision = ?")) {
                    ps.setString(1, d[0]);
                    ps.setInt(2, Integer.parseInt(d[1]));
                    ps.executeUpdate();
                }
                audit("quote", d[0] + "/" + d[1], "status", "Expired (validity ended before " + today + ")");
            }
            return due.size();
        });
    }

    /** A consistent copy of the database ({@code VACUUM INTO}), safe while the store is in use. */
    public void backup(Path target) {
        StoreBackup.backup(c, target);
    }

    /** See {@link StoreBackup#restore}. */
    public static void restore(Path backup, Path dbFile) {
        StoreBackup.restore(backup, dbFile);
    }

    @Override
    public void close() {
        Database.close(c);
    }

    // ---- internals

    private SavedQuote insert(String no, int revision, Long parent, Quote q, String ratesJson, SaveRequest req,
                              String action) throws SQLException, IOException {
        Long customer = req.customer() == null ? null : customerId(req.customer());
        long rfq;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rfq (customer_id, received_at, cpn, cpn_rev, ipn,"
                + " files_json, files_hash) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            setLong(ps, 1, customer);
            ps.setString(2, now());
            ps.setString(3, req.cpn());
            ps.setString(4, req.cpnRev());
            ps.setString(5, req.ipn());
            ps.setString(6, JSON.writeValueAsString(req.files()));
            ps.setString(7, RfqFile.combined(req.files()));
            ps.executeUpdate();
            rfq = key(ps);
        }
        long qid;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO quote (quote_no, revision, parent_id, rfq_id, customer_id,"
                + " status, created_at, valid_until, lead_time, currency, rate_profile, rates_json, fx_json, result_json)"
                + " VALUES (?, ?, ?, ?, ?, 'Draft', ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, no);
            ps.setInt(2, revision);
            setLong(ps, 3, parent);
            ps.setLong(4, rfq);
            setLong(ps, 5, customer);
            ps.setString(6, now());
            ps.setString(7, req.validUntil());
            ps.setString(8, req.leadTime());
            ps.setString(9, q.currency());
            ps.setString(10, q.rates());
            ps.setString(11, ratesJson);
            ps.setString(12, JSON.writeValueAsString(q.fx()));
            ps.setString(13, QuoteJson.write(q));
            ps.executeUpdate();
            qid = key(ps);
        }
        for (QuoteBreak b : q.breaks()) {
            long qq;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO quote_qty (quote_id, qty, unit_price, total_price, nre)"
                    + " VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, qid);
                ps.setInt(2, b.qty());
                ps.setDouble(3, b.unitPrice());
                ps.setDouble(4, b.total());
                ps.setDouble(5, b.nre());
                ps.executeUpdate();
                qq = key(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO quote_line (quote_qty_id, seq, bucket, category, name,"
                    + " basis, rate_key, rate_text, quantity, unit_rate, amount, grp, unpriced) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                int seq = 0;
                for (LineItem l : b.lines()) {
                    ps.setLong(1, qq);
                    ps.setInt(2, seq++);
                    ps.setString(3, l.bucket().name());
                    ps.setString(4, l.category());
                    ps.setString(5, l.name());
                    ps.setString(6, l.basis());
                    ps.setString(7, l.rateKey());
                    ps.setString(8, l.rateText());
                    ps.setDouble(9, l.quantity());
                    ps.setDouble(10, l.unitRate());
                    ps.setDouble(11, l.amount());
                    ps.setString(12, l.group());
                    ps.setInt(13, l.unpriced() ? 1 : 0);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO assumption (quote_id, kind, text) VALUES (?, ?, ?)")) {
            for (String[] kt : notes(q)) {
                ps.setLong(1, qid);
                ps.setString(2, kt[0]);
                ps.setString(3, kt[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO rate_profile (name, version, json, stored_at)"
                + " VALUES (?, ?, ?, ?)")) {
            int at = q.rates().lastIndexOf('@');
            ps.setString(1, at < 0 ? q.rates() : q.rates().substring(0, at));
            ps.setString(2, at < 0 ? "" : q.rates().substring(at + 1));
            ps.setString(3, ratesJson);
            ps.setString(4, now());
            ps.executeUpdate();
        }
        audit("quote", no + "/" + revision, action, q.rates() + ", " + q.breaks().size() + " quantities");
        return new SavedQuote(qid, no, revision, QuoteStatus.Draft, req.customer(), null, req.validUntil(), req.leadTime(),
                false, RfqFile.combined(req.files()), q);
    }

    private static List<String[]> notes(Quote q) {
        List<String[]> out = new ArrayList<>();
        q.assumptions().forEach(t -> out.add(new String[] {"ASSUMPTION", t}));
        q.exclusions().forEach(t -> out.add(new String[] {"EXCLUSION", t}));
        q.warnings().forEach(t -> out.add(new String[] {"WARNING", t}));
        return out;
    }

    private long customerId(String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM customer WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer (name, created_at) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, now());
            ps.executeUpdate();
            audit("customer", name, "created", null);
            return key(ps);
        }
    }

    private long idOf(String quoteNo, int revision) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM quote WHERE quote_no = ? AND revision = ?")) {
            ps.setString(1, quoteNo);
            ps.setInt(2, revision);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no quote " + quoteNo + " revision " + revision);
                }
                return rs.getLong(1);
            }
        }
    }

    private List<SavedQuote> query(String where, Object... args) {
        List<SavedQuote> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT q.id, q.quote_no, q.revision, q.status, cu.name, q.created_at,"
                + " q.valid_until, q.lead_time, q.locked, r.files_hash, q.result_json FROM quote q"
                + " LEFT JOIN customer cu ON cu.id = q.customer_id LEFT JOIN rfq r ON r.id = q.rfq_id " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SavedQuote(rs.getLong(1), rs.getString(2), rs.getInt(3), QuoteStatus.parse(rs.getString(4)),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9) == 1,
                            rs.getString(10), QuoteJson.read(rs.getString(11))));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read quotes: " + e.getMessage(), e);
        }
        return out;
    }

    void audit(String entity, String id, String action, String detail) throws SQLException {
        AuditLog.append(c, entity, id, action, detail);
    }

    /** Work inside one transaction; rolled back on any failure. */
    interface Work<T> {
        T run() throws SQLException, IOException;
    }

    <T> T write(Work<T> work) {
        return inTransaction(c, "quote database " + file, work);
    }

    /** Runs {@code work} in one transaction of {@code c}; rolled back on any failure. */
    static <T> T inTransaction(Connection c, String what, Work<T> work) {
        try {
            c.setAutoCommit(false);
            try {
                T t = work.run();
                c.commit();
                return t;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                if (e instanceof StoreException se) {
                    throw se;
                }
                throw new StoreException(e.getMessage(), e);
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(what + ": " + e.getMessage(), e);
        }
    }

    private static long key(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, java.sql.Types.INTEGER);
        } else {
            ps.setLong(i, v);
        }
    }

    static String now() {
        return Instant.now().toString();
    }
}
