/**
 * The local quote store: one SQLite file in {@code FABWRIGHT_HOME} (CLI.md) with versioned schema
 * migrations, customers, RFQs with their input files' hashes, quotes with immutable revisions and
 * statuses, line items per bucket, the rates frozen into each quote, an audit log, and the parts
 * catalogue. WAL mode and one transaction per save: a kill never loses an acknowledged quote.
 */
package com.fabwright.store;
