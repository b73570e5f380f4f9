package org.hubops.model.rest;

import java.util.UUID;

/**
 * A token just issued: the only time its secret is shown. Send it as {@code Authorization: Bearer
 * <token>}; HubOps keeps only a hash of it, so a lost token cannot be shown again, only revoked.
 */
public record IssuedToken(UUID id, String label, String token) {

  /** Never prints the secret. */
  @Override
  public String toString() {
    return "IssuedToken[id=" + id + ", label=" + label + "]";
  }
}
