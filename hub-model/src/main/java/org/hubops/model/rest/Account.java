package org.hubops.model.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hubops.model.Role;

/**
 * Someone (or some program) who may use HubOps.
 *
 * @param username lower case letters, digits, {@code .}, {@code _} and {@code -}; never changes
 * @param hubIds the hubs a coordinator serves; empty for the other roles
 * @param password send it to set or change the password (leave it out to keep it); it is never sent
 *     back. An account without one can use API tokens only
 * @param active an inactive account can neither log in nor use its tokens
 * @param version for optimistic locking: send back the version you read when you update
 * @param tokens the API tokens in force, without their secrets (read-only)
 */
public record Account(
    String username,
    String displayName,
    Role role,
    List<UUID> hubIds,
    @JsonInclude(JsonInclude.Include.NON_NULL) String password,
    Boolean active,
    Long version,
    Instant createdAt,
    Instant updatedAt,
    List<ApiToken> tokens) {

  public Account {
    hubIds = hubIds == null ? List.of() : hubIds;
    tokens = tokens == null ? List.of() : tokens;
  }

  /** The same account without its password, as it is answered and audited. */
  public Account withoutPassword() {
    return new Account(
        username, displayName, role, hubIds, null, active, version, createdAt, updatedAt, tokens);
  }

  /** Never prints the password, should the record reach a log line. */
  @Override
  public String toString() {
    return "Account[username=" + username + ", role=" + role + ", hubIds=" + hubIds + "]";
  }
}
