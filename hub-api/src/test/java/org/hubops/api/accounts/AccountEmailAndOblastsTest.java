package org.hubops.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Me;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An account's e-mail (optional, checked) and a regional officer's oblasts (required for that role
 * and only for it), through the running service on both databases.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class AccountEmailAndOblastsTest {

  @Parameter TestDatabase database;

  private Api admin() {
    return TestService.on(database).api();
  }

  @Test
  void anEmailIsStoredChangedAndClearedAndNeverRequired() {
    Api admin = admin();
    Account sent =
        Fixtures.account(Role.ASSOCIATION).withOblastsAndEmail(List.of(), " iryna@example.org ");
    assertThat(admin.post("/api/v1/accounts", sent).status()).isEqualTo(201);
    String path = "/api/v1/accounts/" + sent.username();
    Account stored = admin.get(path).as(Account.class);
    assertThat(stored.email()).isEqualTo("iryna@example.org");

    ObjectNode edit = Api.JSON.valueToTree(stored);
    edit.put("email", "iryna.melnyk@bibliotech.org.ua");
    ApiResponse changed = admin.put(path, edit);
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.as(Account.class).email()).isEqualTo("iryna.melnyk@bibliotech.org.ua");

    ObjectNode cleared = Api.JSON.valueToTree(changed.as(Account.class));
    cleared.putNull("email");
    ApiResponse none = admin.put(path, cleared);
    assertThat(none.status()).as(none.toString()).isEqualTo(200);
    assertThat(none.as(Account.class).email()).isNull();
  }

  @Test
  void aMistypedEmailIsRefusedNamingTheFieldInTheCallersLanguage() {
    Api admin = admin();
    for (String wrong : List.of("iryna", "iryna@", "iryna@example", "ірина @example.org")) {
      Account sent = Fixtures.account(Role.ASSOCIATION).withOblastsAndEmail(List.of(), wrong);
      ApiResponse refused = admin.with("Accept-Language", "uk").post("/api/v1/accounts", sent);
      assertThat(refused.status()).as(wrong).isEqualTo(422);
      assertThat(refused.errorFields()).containsExactly("email");
      assertThat(refused.body()).contains("Невірна адреса електронної пошти");
    }
    Account sent = Fixtures.account(Role.ASSOCIATION).withOblastsAndEmail(List.of(), "iryna@");
    assertThat(admin.with("Accept-Language", "en").post("/api/v1/accounts", sent).body())
        .contains("Not a valid e-mail address");
  }

  @Test
  void aRegionalOfficerLooksAfterKnownOblastsAndSeesThemInMe() {
    Api admin = admin();
    Account regional = Fixtures.regional("ua-46", "UA-07", "UA-46");
    ApiResponse created = admin.post("/api/v1/accounts", regional);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.as(Account.class).oblasts()).containsExactly("UA-07", "UA-46");

    String token = TestService.on(database).issueToken(regional.username());
    Me me = admin.withToken(token).get("/api/v1/me").as(Me.class);
    assertThat(me.role()).isEqualTo(Role.REGIONAL);
    assertThat(me.oblasts()).containsExactly("UA-07", "UA-46");
    assertThat(me.hubIds()).isEmpty();
  }

  @Test
  void oblastsAreRequiredForARegionalOfficerAndRefusedForEveryoneElse() {
    Api admin = admin();
    ApiResponse none = admin.post("/api/v1/accounts", Fixtures.regional());
    assertThat(none.status()).isEqualTo(422);
    assertThat(none.errorFields()).containsExactly("oblasts");

    ApiResponse unknown = admin.post("/api/v1/accounts", Fixtures.regional("UA-46", "UA-99"));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.errorFields()).containsExactly("oblasts[1]");

    Account association =
        Fixtures.account(Role.ASSOCIATION).withOblastsAndEmail(List.of("UA-46"), null);
    ApiResponse notRegional = admin.post("/api/v1/accounts", association);
    assertThat(notRegional.status()).isEqualTo(422);
    assertThat(notRegional.errorFields()).containsExactly("oblasts");

    Account regionalWithHubs =
        Fixtures.account(Role.REGIONAL, Fixtures.createHub(admin))
            .withOblastsAndEmail(List.of("UA-46"), null);
    ApiResponse withHubs = admin.post("/api/v1/accounts", regionalWithHubs);
    assertThat(withHubs.status()).isEqualTo(422);
    assertThat(withHubs.errorFields()).containsExactly("hubIds");
  }

  @Test
  void changingARegionalOfficersOblastsReplacesThem() {
    Api admin = admin();
    Account regional = Fixtures.regional("UA-46");
    assertThat(admin.post("/api/v1/accounts", regional).status()).isEqualTo(201);
    String path = "/api/v1/accounts/" + regional.username();
    ObjectNode edit = Api.JSON.valueToTree(admin.get(path).as(Account.class));
    edit.putArray("oblasts").add("UA-07").add("UA-21");

    ApiResponse changed = admin.put(path, edit);

    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(admin.get(path).as(Account.class).oblasts()).containsExactly("UA-07", "UA-21");
  }
}
