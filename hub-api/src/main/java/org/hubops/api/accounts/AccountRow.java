package org.hubops.api.accounts;

import java.time.Instant;
import java.util.UUID;
import org.hubops.model.Role;

/** One row of {@code account}; the password hash never leaves this package. */
public record AccountRow(
    UUID id,
    String username,
    String displayName,
    String email,
    Role role,
    String passwordHash,
    boolean active,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /** Never prints the hash. */
  @Override
  public String toString() {
    return "AccountRow[" + username + ", " + role + "]";
  }
}
