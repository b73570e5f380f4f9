package org.hubops.api.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import org.hubops.api.access.Authenticator;
import org.hubops.api.access.Caller;
import org.hubops.api.access.LoginLifetimes;
import org.hubops.api.access.Secrets;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Checks credentials against what is stored: API tokens and login session ids by their SHA-256,
 * passwords by bcrypt. Starts and ends the browser's login sessions.
 *
 * @param verified shared with the {@link AccountService} of this instance, which empties it on
 *     every change to accounts and tokens
 */
public record AccountCredentials(
    Jdbi jdbi, Clock clock, LoginLifetimes logins, VerifiedTokens verified)
    implements Authenticator {

  /** Longer than any token we issue; a longer one is not hashed at all. */
  private static final int MAX_SECRET_LENGTH = 200;

  /** {@code last_used_at} is kept to the minute: no write on every request. */
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  /** For the shell's commands, which change nothing that a running service has cached. */
  public AccountCredentials(Jdbi jdbi, Clock clock, LoginLifetimes logins) {
    this(jdbi, clock, logins, new VerifiedTokens(clock));
  }

  @Override
  public Optional<Caller> byToken(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_SECRET_LENGTH) {
      return Optional.empty();
    }
    String tokenHash = Secrets.hash(token);
    return verified.get(tokenHash, () -> lookUpToken(tokenHash));
  }

  private Optional<Caller> lookUpToken(String tokenHash) {
    return jdbi.inTransaction(
        handle -> {
          CredentialDao dao = handle.attach(CredentialDao.class);
          Optional<CredentialRow> row = dao.byToken(tokenHash);
          Instant now = clock.instant();
          row.filter(r -> r.lastUsedAt() == null || r.lastUsedAt().isBefore(now.minus(TOUCH_EVERY)))
              .ifPresent(r -> dao.touch(r.credentialId(), now, now.minus(TOUCH_EVERY)));
          return row.map(r -> caller(handle, r));
        });
  }

  @Override
  public Optional<Caller> bySession(String sessionId) {
    if (sessionId == null || sessionId.isEmpty() || sessionId.length() > MAX_SECRET_LENGTH) {
      return Optional.empty();
    }
    String idHash = Secrets.hash(sessionId);
    Instant now = clock.instant();
    return jdbi.inTransaction(
        handle -> {
          CredentialDao dao = handle.attach(CredentialDao.class);
          Optional<CredentialRow> row = dao.bySession(idHash, now, now.minus(logins.idle()));
          // The update only when the last noted use is older than touchEvery: most requests of
          // a login then cost no write and no round trip for it, and the idle timeout still
          // holds to within touchEvery.
          Instant touchBefore = now.minus(logins.touchEvery());
          row.filter(r -> r.lastUsedAt() == null || r.lastUsedAt().isBefore(touchBefore))
              .ifPresent(r -> dao.touchSession(idHash, now, touchBefore));
          return row.map(r -> caller(handle, r));
        });
  }

  /** The active account whose password this is; takes bcrypt's time even for unknown users. */
  public Optional<Caller> byPassword(String username, String password) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return jdbi.inTransaction(
        handle -> {
          Optional<AccountRow> account =
              handle.attach(AccountDao.class).findByUsername(name).filter(AccountRow::active);
          String hash = account.map(AccountRow::passwordHash).orElse(null);
          if (!Passwords.matches(password, hash)) {
            return Optional.empty();
          }
          AccountRow row = account.get();
          return Optional.of(
              caller(
                  handle,
                  new CredentialRow(
                      row.id(), row.username(), row.displayName(), row.role(), null, null)));
        });
  }

  /**
   * Starts a login session; the returned id goes into the cookie and is stored only hashed. A
   * remembered one outlives the browser and idleness (see {@link LoginLifetimes}).
   */
  public String startSession(Caller caller, boolean remembered) {
    String sessionId = Secrets.newToken();
    Instant now = clock.instant();
    jdbi.useTransaction(
        handle -> {
          CredentialDao dao = handle.attach(CredentialDao.class);
          dao.deleteExpiredSessions(now);
          Duration lifetime = remembered ? logins.remembered() : logins.lifetime();
          dao.insertSession(
              Secrets.hash(sessionId), caller.accountId(), now, now.plus(lifetime), remembered);
        });
    return sessionId;
  }

  public void endSession(String sessionId) {
    if (sessionId != null && !sessionId.isEmpty() && sessionId.length() <= MAX_SECRET_LENGTH) {
      jdbi.useExtension(CredentialDao.class, dao -> dao.deleteSession(Secrets.hash(sessionId)));
    }
  }

  /**
   * How long the browser keeps the cookie of a login: a remembered one as long as it lasts, any
   * other only until the browser closes ({@code null}: no Max-Age).
   */
  public Duration cookieLifetime(boolean remembered) {
    return remembered ? logins.remembered() : null;
  }

  private static Caller caller(Handle handle, CredentialRow row) {
    return new Caller(
        row.accountId(),
        row.username(),
        row.displayName(),
        row.role(),
        new HashSet<>(handle.attach(CredentialDao.class).hubsOf(row.accountId())),
        new HashSet<>(handle.attach(CredentialDao.class).oblastsOf(row.accountId())));
  }
}
