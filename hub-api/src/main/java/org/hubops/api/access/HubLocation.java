package org.hubops.api.access;

import java.util.UUID;

/** A hub a path names, as the access rules need it: who may see it depends on its oblast. */
public record HubLocation(UUID id, String oblast) {}
