package org.hubops.api.access;

import java.util.Optional;

/** Finds the account behind a credential; the accounts feature implements it. */
public interface Authenticator {

  /** The active account holding this API token, if the token is in force. */
  Optional<Caller> byToken(String token);

  /** The active account of this login session (the cookie's value), if it has not expired. */
  Optional<Caller> bySession(String sessionId);
}
