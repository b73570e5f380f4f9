package org.hubops.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every change leaves who, when, what, before and after in {@code GET /audit}. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class AuditTrailTest {

  @Parameter TestDatabase database;

  @Test
  void hubCreateAndUpdateAreRecordedWithBeforeAndAfter() {
    Api admin = TestService.on(database).api();
    Hub hub = Fixtures.createHub(admin);
    ObjectNode edit = Api.JSON.valueToTree(hub);
    edit.put("name", "Бібліотека «Нова»");
    admin.put("/api/v1/hubs/" + hub.id(), edit);

    JsonNode entries = audit(admin, "HUB", hub.id().toString());

    assertThat(entries).hasSize(2);
    JsonNode update = entries.get(0);
    assertThat(update.path("action").asText()).isEqualTo("UPDATE");
    assertThat(update.path("actor").asText()).isEqualTo("admin");
    assertThat(update.path("before").path("name").asText()).isEqualTo(hub.name());
    assertThat(update.path("after").path("name").asText()).isEqualTo("Бібліотека «Нова»");
    assertThat(update.path("after").path("version").asLong()).isEqualTo(2);
    JsonNode create = entries.get(1);
    assertThat(create.path("action").asText()).isEqualTo("CREATE");
    assertThat(create.path("before").isNull()).isTrue();
    assertThat(create.path("after").path("code").asText()).isEqualTo(hub.code());
  }

  @Test
  void sessionCreateUpdateAndDeleteNameTheCoordinatorWhoMadeThem() {
    TestService service = TestService.on(database);
    Api admin = service.api();
    Hub hub = Fixtures.createHub(admin);
    Account coordinator = service.addAccount(Role.COORDINATOR, hub);
    Api olena = service.anonymous().withToken(service.issueToken(coordinator.username()));
    String sessions = "/api/v1/hubs/" + hub.id() + "/sessions";
    LocalDate day = LocalDate.now(Kyiv.ZONE).minusDays(2);
    Session logged = olena.post(sessions, Fixtures.session(day, 2)).as(Session.class);
    ObjectNode edit = Api.JSON.valueToTree(Fixtures.session(day, 5));
    edit.put("version", 1);
    olena.put(sessions + "/" + logged.id(), edit);
    olena.put(sessions + "/" + logged.id(), edit); // sent again: nothing changes, nothing recorded
    olena.delete(sessions + "/" + logged.id());

    JsonNode entries = audit(admin, "SESSION", logged.id().toString());

    assertThat(entries)
        .extracting(e -> e.path("action").asText())
        .containsExactly("DELETE", "UPDATE", "CREATE");
    assertThat(entries)
        .allSatisfy(e -> assertThat(e.path("actor").asText()).isEqualTo(coordinator.username()));
    assertThat(entries.get(1).path("before").path("attendees")).hasSize(2);
    assertThat(entries.get(1).path("after").path("attendees")).hasSize(5);
    assertThat(entries.get(0).path("before").path("version").asLong()).isEqualTo(2);
    assertThat(entries.get(0).path("after").isNull()).isTrue();
  }

  @Test
  void accountChangesAreRecordedWithoutPasswordsAndTokensWithoutSecrets() {
    TestService service = TestService.on(database);
    Api admin = service.api();
    Account account = service.addAccount(Role.ASSOCIATION);
    String token = service.issueToken(account.username());

    ApiResponse accountTrail = admin.get("/api/v1/audit?entity=ACCOUNT&id=" + account.username());
    ApiResponse tokenTrail = admin.get("/api/v1/audit?entity=API_TOKEN&size=500");

    assertThat(accountTrail.json().path("total").asLong()).isEqualTo(1);
    assertThat(accountTrail.json().path("items").get(0).path("after").path("role").asText())
        .isEqualTo("ASSOCIATION");
    assertThat(accountTrail.body()).doesNotContain("password", Fixtures.PASSWORD, "$2a$");
    assertThat(tokenTrail.body()).contains(account.username()).doesNotContain(token);
  }

  @Test
  void theTrailIsPagedAndAnUnknownEntityIsAFieldError() {
    Api admin = TestService.on(database).api();
    Fixtures.createHub(admin);
    Fixtures.createHub(admin);

    JsonNode page = admin.get("/api/v1/audit?entity=hub&size=1").json();
    ApiResponse unknown = admin.get("/api/v1/audit?entity=PARCEL");

    assertThat(page.path("items")).hasSize(1);
    assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.errorFields()).containsExactly("entity");
  }

  private static JsonNode audit(Api admin, String entity, String id) {
    ApiResponse response = admin.get("/api/v1/audit?entity=" + entity + "&id=" + id);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().path("total").asLong())
        .isEqualTo(response.json().path("items").size());
    return response.json().path("items");
  }
}
