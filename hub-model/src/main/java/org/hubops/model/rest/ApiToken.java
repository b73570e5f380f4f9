package org.hubops.model.rest;

import java.time.Instant;
import java.util.UUID;

/**
 * An API token of an account as it is listed: its secret is shown only once, when it is issued.
 *
 * @param id names the token when it is revoked
 * @param label what the token is for, e.g. {@code laptop in the reading room}
 * @param lastUsedAt when it last opened a request, to the minute; null if never
 */
public record ApiToken(UUID id, String label, Instant createdAt, Instant lastUsedAt) {}
