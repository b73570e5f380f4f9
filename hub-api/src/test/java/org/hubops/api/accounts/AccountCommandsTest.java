package org.hubops.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.db.DataSourceFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.hubops.api.access.Caller;
import org.hubops.api.access.LoginLifetimes;
import org.hubops.api.access.Secrets;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.Database;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.Migrations;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.Language;
import org.hubops.model.Role;
import org.hubops.model.rest.Hub;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code add-account} and {@code issue-token}, run in-process against a fresh database. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class AccountCommandsTest {

  @Parameter TestDatabase database;

  private DataSourceFactory settings;
  private Jdbi jdbi;
  private Hub hub;

  @BeforeEach
  void freshDatabaseWithOneHub() {
    settings = database.fresh();
    Migrations.migrate(settings);
    jdbi = Jdbi.create(settings.getUrl(), settings.getUser(), settings.getPassword());
    jdbi.installPlugin(new SqlObjectPlugin());
    Database.configure(jdbi);
    Clock clock = Clock.systemUTC();
    hub =
        new HubService(jdbi, clock, new AuditLog(Api.JSON, clock))
            .create(
                Fixtures.hub(Fixtures.newHubCode(), "UA-46", LocalDate.of(2023, 1, 15)),
                "test",
                Messages.in(Language.EN));
  }

  @Test
  void addAccountStoresACoordinatorOfTheNamedHubWithAHashedPassword() {
    Commands.Result result =
        Commands.run(
            settings,
            Fixtures.PASSWORD,
            "add-account",
            "--username",
            "olena",
            "--role",
            "COORDINATOR",
            "--hub",
            hub.code(),
            "--display-name",
            "Олена Коваль");

    assertThat(result.succeeded()).as(result.err()).isTrue();
    assertThat(result.out()).contains("Added COORDINATOR account olena serving " + hub.code());
    Caller caller = credentials().byPassword("olena", Fixtures.PASSWORD).orElseThrow();
    assertThat(caller.hubIds()).containsExactly(hub.id());
    assertThat(caller.displayName()).isEqualTo("Олена Коваль");
    assertThat(storedPasswordHash("olena")).startsWith("$2").doesNotContain(Fixtures.PASSWORD);
    assertThat(auditActor("ACCOUNT", "olena")).startsWith("shell:");
  }

  @Test
  void addAccountStoresARegionalOfficerWithOblastsAndEmail() {
    Commands.Result result =
        Commands.run(
            settings,
            Fixtures.PASSWORD,
            "add-account",
            "--username",
            "oksana",
            "--role",
            "REGIONAL",
            "--oblast",
            "UA-07",
            "--oblast",
            "ua-21",
            "--email",
            "oksana@example.org");

    assertThat(result.succeeded()).as(result.err()).isTrue();
    Caller caller = credentials().byPassword("oksana", Fixtures.PASSWORD).orElseThrow();
    assertThat(caller.oblasts()).containsExactlyInAnyOrder("UA-07", "UA-21");
    String email =
        jdbi.withHandle(
            h ->
                h.select("select email from account where username = 'oksana'")
                    .mapTo(String.class)
                    .one());
    assertThat(email).isEqualTo("oksana@example.org");
  }

  @Test
  void withoutAPasswordTheAccountUsesTokensOnly() {
    Commands.Result result =
        Commands.run(
            settings, null, "add-account", "--username", "reports", "--role", "ASSOCIATION");

    assertThat(result.succeeded()).as(result.err()).isTrue();
    assertThat(storedPasswordHash("reports")).isNull();
    assertThat(credentials().byPassword("reports", "")).isEmpty();
  }

  @Test
  void issueTokenPrintsOnceATokenThatIsStoredOnlyAsItsHash() {
    Commands.run(settings, null, "add-account", "--username", "reports", "--role", "ASSOCIATION");

    Commands.Result result =
        Commands.run(settings, null, "issue-token", "--username", "reports", "--label", "CLI");

    assertThat(result.succeeded()).as(result.err()).isTrue();
    String token = result.lastLine();
    assertThat(token).startsWith(Secrets.TOKEN_PREFIX);
    assertThat(credentials().byToken(token))
        .hasValueSatisfying(c -> assertThat(c.role()).isEqualTo(Role.ASSOCIATION));
    String stored =
        jdbi.withHandle(
            h -> h.createQuery("select token_hash from api_token").mapTo(String.class).one());
    assertThat(stored).isEqualTo(Secrets.hash(token)).doesNotContain(token);
  }

  @Test
  void aWeakPasswordIsRefusedByTheCommandAndNothingIsStored() {
    Commands.Result result =
        Commands.run(
            settings, "123456789012", "add-account", "--username", "petro", "--role", "ADMIN");

    assertThat(result.succeeded()).isFalse();
    assertThat(result.err()).contains("password: Too easy to guess.").doesNotContain("Exception");
    long accounts =
        jdbi.withHandle(h -> h.createQuery("select count(*) from account").mapTo(Long.class).one());
    assertThat(accounts).isZero();
  }

  @Test
  void refusalsAreToldPlainlyAndStoreNothing() {
    Commands.Result unknownHub =
        Commands.run(
            settings,
            null,
            "add-account",
            "--username",
            "petro",
            "--role",
            "COORDINATOR",
            "--hub",
            "XX-999");
    Commands.Result noSuchAccount =
        Commands.run(settings, null, "issue-token", "--username", "ghost");

    assertThat(unknownHub.succeeded()).isFalse();
    assertThat(unknownHub.err()).contains("Hub XX-999 not found").doesNotContain("Exception");
    assertThat(noSuchAccount.succeeded()).isFalse();
    assertThat(noSuchAccount.err()).contains("Account ghost not found");
    long accounts =
        jdbi.withHandle(h -> h.createQuery("select count(*) from account").mapTo(Long.class).one());
    assertThat(accounts).isZero();
  }

  private AccountCredentials credentials() {
    return new AccountCredentials(
        jdbi,
        Clock.systemUTC(),
        new LoginLifetimes(Duration.ofHours(1), Duration.ofMinutes(30), Duration.ofDays(30)));
  }

  private String storedPasswordHash(String username) {
    return jdbi.withHandle(
        h ->
            h.createQuery("select password_hash from account where username = :u")
                .bind("u", username)
                .mapTo(String.class)
                .one());
  }

  private String auditActor(String entity, String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("select actor from audit_entry where entity = :e and entity_id = :id")
                .bind("e", entity)
                .bind("id", id)
                .mapTo(String.class)
                .one());
  }
}
