package org.hubops.api.sessions;

import java.util.UUID;

/** The hub holding a session id, and whether that session was deleted. */
public record SessionOwner(UUID id, UUID hubId, boolean deleted) {}
