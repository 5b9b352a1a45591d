-- Fabwright quote store, schema version 1 (reference/quote-model.md §6.8)
CREATE TABLE customer (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, currency TEXT, incoterm TEXT, payment_terms TEXT,
  created_at TEXT NOT NULL);
CREATE TABLE rfq (
  id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customer(id), received_at TEXT NOT NULL,
  cpn TEXT, cpn_rev TEXT, ipn TEXT, files_json TEXT NOT NULL, files_hash TEXT NOT NULL);
CREATE TABLE rate_profile (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, version TEXT NOT NULL, json TEXT NOT NULL, stored_at TEXT NOT NULL,
  UNIQUE (name, version));
CREATE TABLE quote (
  id INTEGER PRIMARY KEY, quote_no TEXT NOT NULL, revision INTEGER NOT NULL, parent_id INTEGER REFERENCES quote(id),
  rfq_id INTEGER REFERENCES rfq(id), customer_id INTEGER REFERENCES customer(id),
  status TEXT NOT NULL CHECK (status IN ('Draft', 'Sent', 'Won', 'Lost', 'Expired')), lost_reason TEXT,
  created_at TEXT NOT NULL, valid_until TEXT, lead_time TEXT, currency TEXT NOT NULL, rate_profile TEXT NOT NULL,
  rates_json TEXT NOT NULL, fx_json TEXT NOT NULL, result_json TEXT NOT NULL,
  approved_at TEXT, locked INTEGER NOT NULL DEFAULT 0, UNIQUE (quote_no, revision));
CREATE TABLE quote_qty (
  id INTEGER PRIMARY KEY, quote_id INTEGER NOT NULL REFERENCES quote(id), qty INTEGER NOT NULL,
  unit_price REAL NOT NULL, total_price REAL NOT NULL, nre REAL NOT NULL);
CREATE TABLE quote_line (
  id INTEGER PRIMARY KEY, quote_qty_id INTEGER NOT NULL REFERENCES quote_qty(id), seq INTEGER NOT NULL,
  bucket TEXT NOT NULL CHECK (bucket IN ('NRE', 'SETUP', 'VARIABLE', 'PASSTHROUGH')), category TEXT NOT NULL,
  name TEXT NOT NULL, basis TEXT NOT NULL, rate_key TEXT, rate_text TEXT, quantity REAL NOT NULL,
  unit_rate REAL NOT NULL, amount REAL NOT NULL, grp TEXT, unpriced INTEGER NOT NULL);
CREATE TABLE assumption (
  id INTEGER PRIMARY KEY, quote_id INTEGER NOT NULL REFERENCES quote(id),
  kind TEXT NOT NULL CHECK (kind IN ('ASSUMPTION', 'EXCLUSION', 'WARNING')), text TEXT NOT NULL);
CREATE TABLE offer (
  id INTEGER PRIMARY KEY, mpn TEXT NOT NULL, supplier TEXT NOT NULL, moq INTEGER NOT NULL, order_multiple INTEGER NOT NULL,
  stock INTEGER, currency TEXT NOT NULL, captured_at TEXT NOT NULL, source TEXT, UNIQUE (mpn, supplier));
CREATE TABLE price_break (
  offer_id INTEGER NOT NULL REFERENCES offer(id) ON DELETE CASCADE, qty INTEGER NOT NULL, unit_price REAL NOT NULL,
  PRIMARY KEY (offer_id, qty));
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY, at TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, action TEXT NOT NULL, detail TEXT);
CREATE INDEX quote_qty_quote ON quote_qty (quote_id);
CREATE INDEX quote_line_qty ON quote_line (quote_qty_id);
CREATE INDEX offer_mpn ON offer (mpn);

-- A revision's content never changes: editing makes a new revision.
CREATE TRIGGER quote_content_immutable BEFORE UPDATE OF quote_no, revision, parent_id, rfq_id, customer_id, created_at,
    currency, rate_profile, rates_json, fx_json, result_json ON quote
BEGIN SELECT RAISE(ABORT, 'quote revisions are immutable: make a new revision'); END;
-- An approved (locked) revision keeps its validity and lead time, and stays locked.
CREATE TRIGGER quote_locked BEFORE UPDATE OF valid_until, lead_time, locked, approved_at ON quote WHEN OLD.locked = 1
BEGIN SELECT RAISE(ABORT, 'this quote revision is approved and locked: make a new revision'); END;
CREATE TRIGGER quote_no_delete BEFORE DELETE ON quote
BEGIN SELECT RAISE(ABORT, 'quotes are never deleted'); END;
CREATE TRIGGER quote_line_immutable BEFORE UPDATE ON quote_line
BEGIN SELECT RAISE(ABORT, 'quote lines are immutable'); END;
CREATE TRIGGER quote_line_no_delete BEFORE DELETE ON quote_line
BEGIN SELECT RAISE(ABORT, 'quote lines are immutable'); END;
CREATE TRIGGER quote_qty_immutable BEFORE UPDATE ON quote_qty
BEGIN SELECT RAISE(ABORT, 'quote quantities are immutable'); END;
