package org.hubops.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import org.hubops.api.access.Secrets;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.Language;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Bootstrap and the admin safeguard, on a database of their own (both kinds). */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class AccountServiceTest {

  @Parameter TestDatabase database;

  private AccountService accounts(Jdbi jdbi) {
    Clock clock = Clock.systemUTC();
    return new AccountService(jdbi, new AuditLog(Api.JSON, clock), clock);
  }

  @Test
  void bootstrapCreatesTheAdminOnceAndOnlyOnAnEmptyDatabase() {
    Jdbi jdbi = database.migrated();
    AccountService accounts = accounts(jdbi);
    String token = Secrets.newToken();

    boolean first = accounts.bootstrapAdmin(token);
    boolean second = accounts.bootstrapAdmin(Secrets.newToken());

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    Account admin = accounts.get(AccountService.BOOTSTRAP_ADMIN);
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(admin.tokens()).hasSize(1);
    assertThat(
            new AccountCredentials(
                    jdbi,
                    Clock.systemUTC(),
                    new org.hubops.api.access.LoginLifetimes(
                        java.time.Duration.ofHours(1),
                        java.time.Duration.ofMinutes(30),
                        java.time.Duration.ofDays(30)))
                .byToken(token))
        .hasValueSatisfying(c -> assertThat(c.username()).isEqualTo("admin"));
    assertThat(accounts.list(new PageRequest(0, 10)).total()).isEqualTo(1);
  }

  @Test
  void bootstrapWithoutATokenDoesNothingAndAShortTokenIsRefused() {
    AccountService accounts = accounts(database.migrated());

    assertThat(accounts.bootstrapAdmin("")).isFalse();
    assertThatThrownBy(() -> accounts.bootstrapAdmin("too-short"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("HUBOPS_ADMIN_TOKEN");
    assertThat(accounts.list(new PageRequest(0, 10)).total()).isZero();
  }

  @Test
  void theLastActiveAdminCannotBeDemotedOrDeactivated() {
    AccountService accounts = accounts(database.migrated());
    accounts.bootstrapAdmin(Secrets.newToken());
    Account admin = accounts.get("admin");
    Messages messages = Messages.in(Language.EN);

    Account demoted = withRole(admin, Role.ASSOCIATION, true);
    Account deactivated = withRole(admin, Role.ADMIN, false);

    assertThatThrownBy(() -> accounts.update("admin", demoted, "admin", messages))
        .isInstanceOf(ProblemException.class)
        .extracting(e -> ((ProblemException) e).status())
        .isEqualTo(409);
    assertThatThrownBy(() -> accounts.update("admin", deactivated, "admin", messages))
        .isInstanceOf(ProblemException.class);
    accounts.create(
        new Account("second", null, Role.ADMIN, List.of(), null, true, null, null, null, null),
        "admin",
        messages);
    assertThat(accounts.update("admin", demoted, "admin", messages).role())
        .isEqualTo(Role.ASSOCIATION);
  }

  private static Account withRole(Account account, Role role, boolean active) {
    return new Account(
        account.username(),
        account.displayName(),
        role,
        List.of(),
        null,
        active,
        account.version(),
        null,
        null,
        null);
  }
}
