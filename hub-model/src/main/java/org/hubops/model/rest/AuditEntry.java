package org.hubops.model.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * One change in the audit trail. Secrets never appear in {@code before} or {@code after}, and
 * participants' names and phones are masked.
 *
 * @param actor the username that made the change, or {@code shell:<user>} for operator commands
 * @param entity what changed: {@code HUB}, {@code SESSION}, {@code PARTICIPANT}, {@code EQUIPMENT},
 *     {@code ACCOUNT}, {@code API_TOKEN}
 * @param entityId its id (a username for accounts)
 * @param action {@code CREATE}, {@code UPDATE}, {@code DELETE} or {@code STATUS_CHANGE}
 * @param before the record before the change; null for a create
 * @param after the record after the change; null for a delete
 */
public record AuditEntry(
    UUID id,
    Instant recordedAt,
    String actor,
    String entity,
    String entityId,
    String action,
    JsonNode before,
    JsonNode after) {}
