package org.hubops.api.hubs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The hub register through the running service, on both databases. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class HubApiTest {

  @Parameter TestDatabase database;

  private Api api() {
    return TestService.on(database).api().with("Accept-Language", "en");
  }

  @Test
  void registeredHubIsFoundByIdAndByCodeWithItsUkrainianNames() {
    Api api = api();
    String code = Fixtures.newHubCode();

    ApiResponse created =
        api.post("/api/v1/hubs", Fixtures.hub(code, "UA-46", LocalDate.of(2024, 5, 1)));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Hub hub = created.as(Hub.class);
    assertThat(api.get("/api/v1/hubs/" + hub.id()).as(Hub.class)).isEqualTo(hub);
    assertThat(api.get("/api/v1/hubs/" + code).as(Hub.class)).isEqualTo(hub);
    assertThat(hub.name()).isEqualTo("Публічна бібліотека «Світанок»");
    assertThat(hub.hromada()).isEqualTo("Жовківська міська громада");
    assertThat(hub.version()).isEqualTo(1L);
  }

  @Test
  void listFiltersByOblastStatusAndUkrainianSearchText() {
    Api api = api();
    Hub lviv = Fixtures.createHub(api);
    ObjectNode odesa =
        Api.JSON.valueToTree(
            Fixtures.hub(Fixtures.newHubCode(), "UA-51", LocalDate.of(2024, 1, 1)));
    odesa.put("name", "Бібліотека-філія с. Перелети").put("status", "SUSPENDED");
    Hub suspended = api.post("/api/v1/hubs", odesa).as(Hub.class);

    JsonNode inOdesa = api.get("/api/v1/hubs?oblast=UA-51&status=SUSPENDED&size=500").json();
    JsonNode found =
        api.get(
                "/api/v1/hubs?q="
                    + java.net.URLEncoder.encode(
                        "перелети", java.nio.charset.StandardCharsets.UTF_8))
            .json();

    assertThat(inOdesa.path("items"))
        .extracting(h -> h.path("id").asText())
        .contains(suspended.id().toString())
        .doesNotContain(lviv.id().toString());
    assertThat(found.path("items"))
        .extracting(h -> h.path("code").asText())
        .contains(suspended.code());
    assertThat(found.path("items"))
        .extracting(h -> h.path("code").asText())
        .doesNotContain(lviv.code());
  }

  @Test
  void updateNeedsTheCurrentVersionAndAStaleOneIsAConflict() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    ObjectNode edit = Api.JSON.valueToTree(hub);
    edit.put("address", "вул. Нова, 3");

    ApiResponse first = api.put("/api/v1/hubs/" + hub.id(), edit);
    ApiResponse stale = api.put("/api/v1/hubs/" + hub.id(), edit.put("address", "вул. Стара, 1"));
    ApiResponse noVersion = api.put("/api/v1/hubs/" + hub.id(), edit.putNull("version"));

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.as(Hub.class).version()).isEqualTo(2L);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(noVersion.errorFields()).containsExactly("version");
    assertThat(api.get("/api/v1/hubs/" + hub.id()).as(Hub.class).address())
        .isEqualTo("вул. Нова, 3");
  }

  @Test
  void codeIsUniqueAcrossHubs() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);

    ApiResponse again =
        api.post("/api/v1/hubs", Fixtures.hub(hub.code(), "UA-05", LocalDate.of(2024, 1, 1)));

    assertThat(again.status()).isEqualTo(422);
    assertThat(again.errorFields()).containsExactly("code");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "code, LV42",
    "code, ''",
    "name, ''",
    "oblast, UA-99",
    "oblast, ''",
    "institutionType, MUSEUM",
    "settlementType, METROPOLIS",
    "openedOn, 2024-13-01",
    "openedOn, ''",
    "hromada, ''",
    "settlement, ''",
    "status, OPEN"
  })
  void badFieldIsNamedAndNothingIsStored(String field, String value) {
    Api api = api();
    String code = Fixtures.newHubCode();
    ObjectNode body = Api.JSON.valueToTree(Fixtures.hub(code, "UA-46", LocalDate.of(2024, 1, 1)));
    body.put(field, value);

    ApiResponse response = api.post("/api/v1/hubs", body);

    assertThat(response.status()).as(response.toString()).isEqualTo(422);
    assertThat(response.errorFields()).contains(field);
    assertThat(api.get("/api/v1/hubs/" + (field.equals("code") ? "XX-0000" : code)).status())
        .isEqualTo(404);
  }

  @Test
  void statusFilterMustBeAKnownStatus() {
    ApiResponse response = api().get("/api/v1/hubs?status=OPEN");

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.errorFields()).containsExactly("status");
  }
}
