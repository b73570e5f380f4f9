package org.hubops.api.sessions;

import java.util.UUID;

/** A session at one version, as a batch binds it. */
public record SessionVersion(UUID id, long version) {}
