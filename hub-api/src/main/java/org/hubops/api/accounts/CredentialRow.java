package org.hubops.api.accounts;

import java.time.Instant;
import java.util.UUID;
import org.hubops.model.Role;

/**
 * The account behind a token or a login session.
 *
 * @param lastUsedAt of the token, or when the login session was last noted as used
 */
public record CredentialRow(
    UUID accountId,
    String username,
    String displayName,
    Role role,
    UUID credentialId,
    Instant lastUsedAt) {}
