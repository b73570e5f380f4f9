package org.hubops.model.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
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
 * @param oblasts the oblasts (ISO 3166-2:UA codes) a REGIONAL officer looks after; empty for the
 *     other roles
 * @param email where reminders go; optional
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
    List<String> oblasts,
    String email,
    @JsonInclude(JsonInclude.Include.NON_NULL) String password,
    Boolean active,
    Long version,
    Instant createdAt,
    Instant updatedAt,
    List<ApiToken> tokens) {

  @JsonCreator
  public Account {
    hubIds = hubIds == null ? List.of() : hubIds;
    oblasts = oblasts == null ? List.of() : oblasts;
    tokens = tokens == null ? List.of() : tokens;
  }

  /** An account without oblasts or e-mail, as most callers write one. */
  public Account(
      String username,
      String displayName,
      Role role,
      List<UUID> hubIds,
      String password,
      Boolean active,
      Long version,
      Instant createdAt,
      Instant updatedAt,
      List<ApiToken> tokens) {
    this(
        username,
        displayName,
        role,
        hubIds,
        List.of(),
        null,
        password,
        active,
        version,
        createdAt,
        updatedAt,
        tokens);
  }

  /** The same account without its password, as it is answered and audited. */
  public Account withoutPassword() {
    return new Account(
        username,
        displayName,
        role,
        hubIds,
        oblasts,
        email,
        null,
        active,
        version,
        createdAt,
        updatedAt,
        tokens);
  }

  /** The same account looking after {@code otherOblasts}, with {@code otherEmail}. */
  public Account withOblastsAndEmail(List<String> otherOblasts, String otherEmail) {
    return new Account(
        username,
        displayName,
        role,
        hubIds,
        otherOblasts,
        otherEmail,
        password,
        active,
        version,
        createdAt,
        updatedAt,
        tokens);
  }

  /** Never prints the password or the e-mail, should the record reach a log line. */
  @Override
  public String toString() {
    return "Account[username="
        + username
        + ", role="
        + role
        + ", hubIds="
        + hubIds
        + ", oblasts="
        + oblasts
        + "]";
  }
}
