package org.hubops.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.IssuedToken;
import org.hubops.model.rest.Me;
import org.hubops.model.rest.NewToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Accounts and their tokens through the running service, on both databases. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class AccountApiTest {

  @Parameter TestDatabase database;

  private TestService service() {
    return TestService.on(database);
  }

  @Test
  void coordinatorIsAddedWithHubsAndItsPasswordIsNeverSentBack() {
    Api admin = service().api();
    Hub hub = Fixtures.createHub(admin);
    Account sent = Fixtures.account(Role.COORDINATOR, hub);

    ApiResponse created = admin.post("/api/v1/accounts", sent);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/accounts/" + sent.username()));
    ApiResponse read = admin.get("/api/v1/accounts/" + sent.username());
    Account account = read.as(Account.class);
    assertThat(account.role()).isEqualTo(Role.COORDINATOR);
    assertThat(account.hubIds()).containsExactly(hub.id());
    assertThat(account.active()).isTrue();
    assertThat(account.version()).isEqualTo(1L);
    assertThat(created.body()).doesNotContain("password", Fixtures.PASSWORD);
    assertThat(read.body()).doesNotContain("password", Fixtures.PASSWORD);
  }

  @Test
  void brokenAccountRulesAreAllReportedByField() {
    Api admin = service().api();
    ObjectNode sent = Api.JSON.valueToTree(Fixtures.account(Role.ASSOCIATION));
    sent.put("username", "Not Valid!");
    sent.put("password", "short");
    sent.putArray("hubIds").add(UUID.randomUUID().toString());

    ApiResponse refused = admin.post("/api/v1/accounts", sent);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.errorFields())
        .containsExactlyInAnyOrder("username", "password", "hubIds", "hubIds[0]");
  }

  @Test
  void coordinatorNeedsAHubAndUsernamesAreUnique() {
    Api admin = service().api();
    Account coordinator = Fixtures.account(Role.COORDINATOR);
    Account association = Fixtures.account(Role.ASSOCIATION);
    admin.post("/api/v1/accounts", association);

    ApiResponse noHub = admin.post("/api/v1/accounts", coordinator);
    ApiResponse again = admin.post("/api/v1/accounts", association);

    assertThat(noHub.status()).isEqualTo(422);
    assertThat(noHub.errorFields()).containsExactly("hubIds");
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void updateChangesRoleAndHubsAndAStaleVersionIsAConflict() {
    Api admin = service().api();
    Hub first = Fixtures.createHub(admin);
    Hub second = Fixtures.createHub(admin);
    Account sent = service().addAccount(Role.COORDINATOR, first);
    ObjectNode edit = Api.JSON.valueToTree(admin.get(path(sent)).as(Account.class));
    edit.putArray("hubIds").add(first.id().toString()).add(second.id().toString());

    ApiResponse updated = admin.put(path(sent), edit);
    ApiResponse stale = admin.put(path(sent), edit);

    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.as(Account.class).hubIds())
        .containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(updated.as(Account.class).version()).isEqualTo(2L);
    assertThat(stale.status()).isEqualTo(409);
  }

  /** Verified tokens are cached for seconds: a change to the account must not wait for that. */
  @Test
  void aCoordinatorMovedToAnotherHubLosesTheOldOneAtOnce() {
    TestService service = service();
    Api admin = service.api();
    Hub first = Fixtures.createHub(admin);
    Hub second = Fixtures.createHub(admin);
    Account sent = service.addAccount(Role.COORDINATOR, first);
    Api coordinator = service.anonymous().withToken(service.issueToken(sent.username()));
    int before = coordinator.get("/api/v1/hubs/" + first.id()).status();
    ObjectNode edit = Api.JSON.valueToTree(admin.get(path(sent)).as(Account.class));
    edit.putArray("hubIds").add(second.id().toString());

    assertThat(admin.put(path(sent), edit).status()).isEqualTo(200);

    assertThat(before).isEqualTo(200);
    assertThat(coordinator.get("/api/v1/hubs/" + first.id()).status()).isEqualTo(404);
    assertThat(coordinator.get("/api/v1/hubs/" + second.id()).status()).isEqualTo(200);
  }

  @Test
  void meTellsWhoTheCallerIsAndWhichHubsTheyServe() {
    TestService service = service();
    Hub hub = Fixtures.createHub(service.api());
    Api coordinator = service.as(Role.COORDINATOR, hub);

    Me me = coordinator.get("/api/v1/me").as(Me.class);

    assertThat(me.role()).isEqualTo(Role.COORDINATOR);
    assertThat(me.hubIds()).containsExactly(hub.id());
    assertThat(me.username()).startsWith("coordinator-");
  }

  @Test
  void tokenIsShownOnceListedWithoutItsSecretAndStopsWorkingWhenRevoked() {
    TestService service = service();
    Api admin = service.api();
    Account sent = service.addAccount(Role.ASSOCIATION);

    ApiResponse issued = admin.post(path(sent) + "/tokens", new NewToken("звіти"));
    IssuedToken token = issued.as(IssuedToken.class);
    Api holder = service.anonymous().withToken(token.token());
    int before = holder.get("/api/v1/me").status();
    JsonNode listed = admin.get(path(sent)).json().path("tokens");
    ApiResponse revoked = admin.delete(path(sent) + "/tokens/" + token.id());
    int after = holder.get("/api/v1/me").status();

    assertThat(issued.status()).isEqualTo(201);
    assertThat(issued.header("Cache-Control")).hasValue("no-store");
    assertThat(token.token()).startsWith("hubops_").hasSizeGreaterThanOrEqualTo(7 + 43);
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).path("label").asText()).isEqualTo("звіти");
    assertThat(listed.toString()).doesNotContain(token.token());
    assertThat(before).isEqualTo(200);
    assertThat(revoked.status()).isEqualTo(204);
    assertThat(after).isEqualTo(401);
    assertThat(admin.delete(path(sent) + "/tokens/" + token.id()).status()).isEqualTo(404);
  }

  @Test
  void overlongTokenLabelIsNamedNotAServerError() {
    TestService service = service();
    Account sent = service.addAccount(Role.ASSOCIATION);

    ApiResponse issued = service.api().post(path(sent) + "/tokens", new NewToken("м".repeat(101)));

    assertThat(issued.status()).isEqualTo(422);
    assertThat(issued.errorFields()).containsExactly("label");
    assertThat(service.api().get(path(sent)).json().path("tokens")).isEmpty();
  }

  @Test
  void deactivatedAccountsTokensNoLongerWorkNotEvenOnceItIsReactivated() {
    TestService service = service();
    Api admin = service.api();
    Account sent = service.addAccount(Role.ASSOCIATION);
    Api holder = service.anonymous().withToken(service.issueToken(sent.username()));
    ObjectNode edit = Api.JSON.valueToTree(admin.get(path(sent)).as(Account.class));
    edit.put("active", false);

    ObjectNode off = (ObjectNode) admin.put(path(sent), edit).json();
    int whileInactive = holder.get("/api/v1/me").status();
    ApiResponse reactivated = admin.put(path(sent), off.put("active", true));

    assertThat(whileInactive).isEqualTo(401);
    assertThat(reactivated.status()).as(reactivated.toString()).isEqualTo(200);
    assertThat(holder.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(admin.get(path(sent)).json().path("tokens")).isEmpty();
    Api renewed = service.anonymous().withToken(service.issueToken(sent.username()));
    assertThat(renewed.get("/api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void weakAndCommonPasswordsAreRefusedNamingThePasswordInTheCallersLanguage() {
    Api admin = service().api();
    for (String weak : List.of("aaaaaaaaaaaa", "123456789012", "qwertyuiopasdf", "password2024!")) {
      ObjectNode sent = Api.JSON.valueToTree(Fixtures.account(Role.ASSOCIATION));
      sent.put("password", weak);

      ApiResponse english = admin.with("Accept-Language", "en").post("/api/v1/accounts", sent);
      ApiResponse ukrainian = admin.post("/api/v1/accounts", sent);

      assertThat(english.status()).as(weak).isEqualTo(422);
      assertThat(english.errorFields()).as(weak).containsExactly("password");
      assertThat(english.json().path("errors").get(0).path("message").asText())
          .startsWith("Too easy to guess.");
      assertThat(ukrainian.json().path("errors").get(0).path("message").asText())
          .startsWith("Надто легко вгадати.");
      assertThat(admin.get(path(sent.path("username").asText())).status()).isEqualTo(404);
    }
  }

  @Test
  void aPasswordMadeOfTheAccountsOwnNameIsWeakAndAChangedOneIsCheckedToo() {
    Api admin = service().api().with("Accept-Language", "en");
    Account sent = service().addAccount(Role.ASSOCIATION);
    ObjectNode edit = Api.JSON.valueToTree(admin.get(path(sent)).as(Account.class));
    edit.put("password", sent.username() + "-2026");

    ApiResponse changed = admin.put(path(sent), edit);

    assertThat(changed.status()).as(changed.toString()).isEqualTo(422);
    assertThat(changed.errorFields()).containsExactly("password");
    assertThat(changed.json().path("errors").get(0).path("message").asText()).contains("username");
  }

  private static String path(String username) {
    return "/api/v1/accounts/" + username;
  }

  private static String path(Account account) {
    return "/api/v1/accounts/" + account.username();
  }
}
