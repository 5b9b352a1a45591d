package com.fabwright.store;

import com.fabwright.quote.ComponentLine;
import com.fabwright.quote.Offer;
import com.fabwright.quote.PriceBreak;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The offline parts catalogue (issue 6 §4): supplier offers with price breaks, filled by importing
 * price lists, looked up by MPN when a BOM is priced. An MPN without an offer stays a line to fill.
 */
public final class PartsCatalogue {
    private final QuoteStore store;

    /**
     * The component lines priced from the parts catalogue of the store in {@code home} (the offer
     * cheapest at the smallest quantity break); without a store every line stays a line to fill.
     */
    public static List<ComponentLine> priceFromHome(Path home, List<ComponentLine> lines, List<Integer> qty) {
        if (lines.isEmpty() || !Files.isRegularFile(Database.file(home))) {
            return lines;
        }
        try (QuoteStore store = QuoteStore.inHome(home)) {
            return new PartsCatalogue(store).price(lines, qty.stream().mapToInt(Integer::intValue).min().orElse(1));
        }
    }

    public PartsCatalogue(QuoteStore store) {
        this.store = store;
    }

    /** Adds or replaces offers (one per MPN and supplier) in one transaction; returns how many. */
    public int importOffers(List<Offer> offers, String source) {
        return store.write(() -> {
            var c = store.connection();
            for (Offer o : offers) {
                try (PreparedStatement del = c.prepareStatement("DELETE FROM offer WHERE mpn = ? AND supplier = ?")) {
                    del.setString(1, o.mpn());
                    del.setString(2, o.supplier());
                    del.executeUpdate();
                }
                long id;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO offer (mpn, supplier, moq, order_multiple, stock,"
                        + " currency, captured_at, source) VALUES (?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, o.mpn());
                    ps.setString(2, o.supplier());
                    ps.setLong(3, o.moq());
                    ps.setLong(4, o.orderMultiple());
                    if (o.stock() == null) {
                        ps.setNull(5, java.sql.Types.INTEGER);
                    } else {
                        ps.setLong(5, o.stock());
                    }
                    ps.setString(6, o.currency());
                    ps.setString(7, o.capturedAt());
                    ps.setString(8, source);
                    ps.executeUpdate();
                    try (ResultSet rs = ps.getGeneratedKeys()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO price_break (offer_id, qty, unit_price) VALUES (?,?,?)")) {
                    for (PriceBreak b : o.breaks()) {
                        ps.setLong(1, id);
                        ps.setLong(2, b.qty());
                        ps.setDouble(3, b.unitPrice());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            store.audit("parts", source, "import", offers.size() + " offer(s)");
            return offers.size();
        });
    }

    /** Every offer for an MPN. */
    public List<Offer> offers(String mpn) {
        List<Offer> out = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT id, mpn, supplier, moq, order_multiple, stock,"
                + " currency, captured_at FROM offer WHERE mpn = ? COLLATE NOCASE ORDER BY supplier")) {
            ps.setString(1, mpn);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long stock = rs.getLong(6);
                    Long st = rs.wasNull() ? null : stock;
                    out.add(new Offer(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), st, rs.getString(7),
                            breaks(rs.getLong(1)), rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read offers for " + mpn + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The offer to price a line with: the lowest extended cost for the line's need at {@code qty} boards (KiCost "best"). */
    public Optional<Offer> best(String mpn, long need) {
        return offers(mpn).stream().min(Comparator.comparingDouble(o -> Math.max(need, o.moq()) * o.unitPrice(Math.max(need, o.moq()))));
    }

    /**
     * The component lines with the best offer found for each at {@code qty} boards (lines without an
     * MPN, a quantity or an offer are left to fill).
     */
    public List<ComponentLine> price(List<ComponentLine> bom, int qty) {
        return bom.stream().map(l -> l.mpn() == null || l.offer() != null || l.qtyPerBoard() <= 0 ? l
                : best(l.mpn(), (long) l.qtyPerBoard() * qty).map(l::withOffer).orElse(l)).toList();
    }

    /** Number of offers in the catalogue. */
    public int size() {
        try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM offer")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private List<PriceBreak> breaks(long offerId) throws SQLException {
        List<PriceBreak> out = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT qty, unit_price FROM price_break WHERE offer_id = ? ORDER BY qty")) {
            ps.setLong(1, offerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PriceBreak(rs.getLong(1), rs.getDouble(2)));
                }
            }
        }
        return out;
    }
}
