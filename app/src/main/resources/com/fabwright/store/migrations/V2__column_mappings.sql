-- A user's correction of a BOM/CPL column mapping, remembered per customer and header signature
-- (the normalised header cells joined by '|'), applied to the next file with the same header.
CREATE TABLE column_mapping (
  id INTEGER PRIMARY KEY,
  customer TEXT NOT NULL COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('bom', 'cpl')),
  header_signature TEXT NOT NULL,
  columns_json TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  UNIQUE (customer, role, header_signature));
