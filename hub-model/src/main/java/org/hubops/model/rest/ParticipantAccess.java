package org.hubops.model.rest;

import java.time.Instant;
import java.util.UUID;

/**
 * One read of a participant record that showed a name or a phone: who looked, when, at whom, and
 * through which route. It holds no name and no phone itself.
 *
 * @param actor the username of who looked
 * @param route the method and URI template, e.g. {@code GET /api/v1/hubs/{hubId}/participants/{id}}
 */
public record ParticipantAccess(
    UUID id, Instant readAt, String actor, UUID hubId, UUID participantId, String route) {}
