package org.hubops.api.sessions;

import java.util.UUID;

/** A session's link to a topic code or a piece of equipment (rows of the link tables). */
public record SessionLink(UUID sessionId, String linked) {}
