package com.fabwright.store;

/** One audit-log row: when, what entity, which action, details. */
public record AuditEntry(String at, String entity, String entityId, String action, String detail) {
}
