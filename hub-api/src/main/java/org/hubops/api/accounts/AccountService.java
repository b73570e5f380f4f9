package org.hubops.api.accounts;

import static org.hubops.api.platform.Text.clean;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hubops.api.access.Secrets;
import org.hubops.api.audit.AuditEntity;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.platform.Database;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.platform.Violations;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.ApiToken;
import org.hubops.model.rest.IssuedToken;
import org.hubops.model.rest.Page;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Adds and changes accounts and issues and revokes their tokens, each in one transaction with its
 * audit entry. Used by the API and by the operators' commands alike.
 *
 * @param verified the tokens this instance's {@link AccountCredentials} has found valid: emptied
 *     after every change here, so a revoked token or a deactivated account is refused at once
 */
public record AccountService(Jdbi jdbi, AuditLog audit, Clock clock, VerifiedTokens verified) {

  /** The account the service creates at first start when {@code bootstrapAdminToken} is set. */
  public static final String BOOTSTRAP_ADMIN = "admin";

  /** A bootstrap token shorter than this is refused: it would be guessable. */
  static final int MIN_BOOTSTRAP_TOKEN_LENGTH = 32;

  public AccountService(Jdbi jdbi, AuditLog audit, Clock clock) {
    this(jdbi, audit, clock, new VerifiedTokens(clock));
  }

  public Page<Account> list(PageRequest paging) {
    return jdbi.inTransaction(
        handle -> {
          AccountDao dao = handle.attach(AccountDao.class);
          List<AccountRow> rows = dao.list(paging.size(), paging.offset());
          Map<UUID, List<UUID>> hubs =
              rows.isEmpty()
                  ? Map.of()
                  : dao.hubsOf(rows.stream().map(AccountRow::id).toList()).stream()
                      .collect(
                          Collectors.groupingBy(
                              AccountHub::accountId,
                              Collectors.mapping(AccountHub::hubId, Collectors.toList())));
          Map<UUID, List<String>> oblasts =
              rows.isEmpty()
                  ? Map.of()
                  : dao.oblastsOf(rows.stream().map(AccountRow::id).toList()).stream()
                      .collect(
                          Collectors.groupingBy(
                              AccountOblast::accountId,
                              Collectors.mapping(AccountOblast::oblastCode, Collectors.toList())));
          List<Account> items =
              rows.stream()
                  .map(
                      row ->
                          toAccount(row, hubs.getOrDefault(row.id(), List.of()), List.of())
                              .withOblastsAndEmail(
                                  oblasts.getOrDefault(row.id(), List.of()), row.email()))
                  .toList();
          return new Page<>(items, paging.page(), paging.size(), dao.count());
        });
  }

  /** The account with its hubs and the tokens in force. */
  public Account get(String username) {
    return jdbi.inTransaction(handle -> read(handle, row(handle, username), true));
  }

  public Account create(Account input, String actor, Messages messages) {
    Account account = normalized(input, input.username());
    try {
      return jdbi.inTransaction(
          handle -> {
            AccountDao dao = handle.attach(AccountDao.class);
            if (account.username() != null && dao.findByUsername(account.username()).isPresent()) {
              throw ProblemException.conflict("Account " + account.username() + " already exists");
            }
            Violations violations = new Violations(messages);
            AccountRules.check(account, dao, violations);
            violations.throwIfAny();
            AccountRow row = toRow(UUID.randomUUID(), account, hashOf(account.password()), 1L);
            dao.insert(row, clock.instant(), actor);
            dao.insertHubs(row.id(), account.hubIds());
            dao.insertOblasts(row.id(), account.oblasts());
            Account stored = read(handle, row(handle, account.username()), false);
            audit.created(handle, actor, AuditEntity.ACCOUNT, stored.username(), stored);
            return stored;
          });
    } catch (RuntimeException e) {
      if (Database.isUniqueViolation(e)) {
        throw ProblemException.conflict("Account " + account.username() + " already exists");
      }
      throw e;
    }
  }

  /** Changes an account; a null password leaves it as it was. */
  public Account update(String username, Account input, String actor, Messages messages) {
    try {
      return changeAccount(username, input, actor, messages);
    } finally {
      verified.forgetAll();
    }
  }

  private Account changeAccount(String username, Account input, String actor, Messages messages) {
    return jdbi.inTransaction(
        handle -> {
          AccountDao dao = handle.attach(AccountDao.class);
          AccountRow current = row(handle, username);
          Account account = normalized(input, current.username());
          Violations violations = new Violations(messages);
          if (input.username() != null && !account.username().equals(current.username())) {
            violations.add("username", "validation.idMismatch");
          }
          violations.required("version", input.version());
          AccountRules.check(account, dao, violations);
          violations.throwIfAny();
          Account before = read(handle, current, false);
          if (current.role() == Role.ADMIN
              && current.active()
              && (account.role() != Role.ADMIN || !account.active())
              && dao.otherActiveAdmins(current.id()) == 0) {
            throw ProblemException.conflict("HubOps needs at least one active admin account");
          }
          String hash =
              account.password() == null ? current.passwordHash() : hashOf(account.password());
          if (dao.update(toRow(current.id(), account, hash, input.version()), clock.instant())
              == 0) {
            throw ProblemException.staleVersion("Account " + username, current.version());
          }
          dao.deleteHubs(current.id());
          dao.insertHubs(current.id(), account.hubIds());
          dao.deleteOblasts(current.id());
          dao.insertOblasts(current.id(), account.oblasts());
          if (!Objects.equals(hash, current.passwordHash()) || !account.active()) {
            handle.attach(CredentialDao.class).deleteSessionsOf(current.id());
          }
          if (current.active() && !account.active()) {
            revokeAllTokens(handle, current, actor);
          }
          Account after = read(handle, row(handle, username), false);
          audit.updated(handle, actor, AuditEntity.ACCOUNT, username, before, after);
          return read(handle, row(handle, username), true);
        });
  }

  /** A new API token for the account; its secret is in the answer and nowhere else. */
  public IssuedToken issueToken(String username, String label, String actor) {
    return jdbi.inTransaction(
        handle -> {
          AccountRow account = row(handle, username);
          return issue(handle, account, clean(label), Secrets.newToken(), actor);
        });
  }

  public void revokeToken(String username, UUID tokenId, String actor) {
    try {
      revokeOne(username, tokenId, actor);
    } finally {
      verified.forgetAll();
    }
  }

  private void revokeOne(String username, UUID tokenId, String actor) {
    jdbi.useTransaction(
        handle -> {
          AccountRow account = row(handle, username);
          CredentialDao credentials = handle.attach(CredentialDao.class);
          ApiToken token =
              credentials.tokensOf(account.id()).stream()
                  .filter(t -> t.id().equals(tokenId))
                  .findFirst()
                  .orElseThrow(() -> ProblemException.notFound("Token " + tokenId));
          revoke(handle, account, token, actor);
        });
  }

  /**
   * Deactivating an account revokes its tokens for good, each audited: reactivating it later must
   * not bring back a token that was handed out before (on a laptop since lost, to a person who
   * left), so whoever holds the account then is given a new one.
   */
  private void revokeAllTokens(Handle handle, AccountRow account, String actor) {
    for (ApiToken token : handle.attach(CredentialDao.class).tokensOf(account.id())) {
      revoke(handle, account, token, actor);
    }
  }

  private void revoke(Handle handle, AccountRow account, ApiToken token, String actor) {
    handle.attach(CredentialDao.class).revoke(token.id(), account.id(), clock.instant());
    audit.deleted(
        handle, actor, AuditEntity.API_TOKEN, token.id(), tokenSnapshot(account.username(), token));
  }

  /**
   * Creates the {@value #BOOTSTRAP_ADMIN} account holding {@code token} if no account exists yet,
   * so that an operator (or a test) can start using a new installation. Returns whether it did.
   */
  public boolean bootstrapAdmin(String token) {
    if (token == null || token.isBlank()) {
      return false;
    }
    if (token.strip().length() < MIN_BOOTSTRAP_TOKEN_LENGTH) {
      throw new IllegalStateException(
          "HUBOPS_ADMIN_TOKEN must be at least " + MIN_BOOTSTRAP_TOKEN_LENGTH + " characters");
    }
    String actor = "bootstrap";
    try {
      return jdbi.inTransaction(
          handle -> {
            AccountDao dao = handle.attach(AccountDao.class);
            if (dao.count() > 0) {
              return false;
            }
            Account admin =
                new Account(
                    BOOTSTRAP_ADMIN,
                    "Administrator",
                    Role.ADMIN,
                    List.of(),
                    null,
                    true,
                    null,
                    null,
                    null,
                    null);
            AccountRow row = toRow(UUID.randomUUID(), admin, null, 1L);
            dao.insert(row, clock.instant(), actor);
            audit.created(
                handle, actor, AuditEntity.ACCOUNT, BOOTSTRAP_ADMIN, read(handle, row, false));
            issue(handle, row, "bootstrap (HUBOPS_ADMIN_TOKEN)", token.strip(), actor);
            return true;
          });
    } catch (RuntimeException e) {
      if (Database.isUniqueViolation(e)) {
        return false; // another instance bootstrapped at the same moment
      }
      throw e;
    }
  }

  private IssuedToken issue(
      Handle handle, AccountRow account, String label, String secret, String actor) {
    CredentialDao credentials = handle.attach(CredentialDao.class);
    ApiToken token = new ApiToken(UUID.randomUUID(), label, clock.instant(), null);
    credentials.insertToken(account.id(), token, Secrets.hash(secret), actor);
    audit.created(
        handle, actor, AuditEntity.API_TOKEN, token.id(), tokenSnapshot(account.username(), token));
    return new IssuedToken(token.id(), label, secret);
  }

  private static Map<String, Object> tokenSnapshot(String username, ApiToken token) {
    return Map.of(
        "username", username, "id", token.id(), "label", Objects.toString(token.label(), ""));
  }

  private static AccountRow row(Handle handle, String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return handle
        .attach(AccountDao.class)
        .findByUsername(name)
        .orElseThrow(() -> ProblemException.notFound("Account " + username));
  }

  private static Account read(Handle handle, AccountRow row, boolean withTokens) {
    List<UUID> hubs =
        handle.attach(AccountDao.class).hubsOf(List.of(row.id())).stream()
            .map(AccountHub::hubId)
            .toList();
    List<String> oblasts =
        handle.attach(AccountDao.class).oblastsOf(List.of(row.id())).stream()
            .map(AccountOblast::oblastCode)
            .toList();
    List<ApiToken> tokens =
        withTokens ? handle.attach(CredentialDao.class).tokensOf(row.id()) : List.of();
    return toAccount(row, hubs, tokens).withOblastsAndEmail(oblasts, row.email());
  }

  private static Account toAccount(AccountRow row, List<UUID> hubs, List<ApiToken> tokens) {
    return new Account(
        row.username(),
        row.displayName(),
        row.role(),
        hubs,
        null,
        row.active(),
        row.version(),
        row.createdAt(),
        row.updatedAt(),
        tokens);
  }

  private static String hashOf(String password) {
    return password == null ? null : Passwords.hash(password);
  }

  private static AccountRow toRow(UUID id, Account account, String passwordHash, Long version) {
    return new AccountRow(
        id,
        account.username(),
        account.displayName(),
        account.email(),
        account.role(),
        passwordHash,
        account.active(),
        version == null ? 0L : version,
        null,
        null);
  }

  private static Account normalized(Account in, String username) {
    return new Account(
        username == null ? null : username.strip().toLowerCase(Locale.ROOT),
        clean(in.displayName()),
        in.role(),
        in.hubIds().stream().distinct().toList(),
        in.oblasts().stream()
            .map(o -> o == null ? null : o.strip().toUpperCase(Locale.ROOT))
            .distinct()
            .toList(),
        clean(in.email()),
        in.password(),
        in.active() == null || in.active(),
        in.version(),
        null,
        null,
        null);
  }
}
