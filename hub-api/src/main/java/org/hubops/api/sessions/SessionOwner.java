package org.hubops.api.sessions;

import java.util.UUID;

/**
 * The hub holding a session id, whether that session was deleted, and which version of it an import
 * last wrote ({@code null}: no import did), so that an import can tell a session edited since from
 * one it may replace.
 */
public record SessionOwner(UUID id, UUID hubId, boolean deleted, Long importedVersion) {}
