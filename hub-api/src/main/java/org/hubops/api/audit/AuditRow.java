package org.hubops.api.audit;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code audit_entry}, its snapshots still as JSON text. */
public record AuditRow(
    UUID id,
    Instant recordedAt,
    String actor,
    String entity,
    String entityId,
    String action,
    String beforeJson,
    String afterJson) {}
