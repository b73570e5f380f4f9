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
import org.hubops.model.SettlementType;
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
    assertThat(hub.version()).isEqualTo(1L);
  }

  /** Zhovkva, a city of Lviv raion: everything but its code comes from the codifier. */
  @Test
  void aHubStandsOnItsSettlementCodeAndTheRestFollowsFromIt() {
    Api api = api();
    ObjectNode body =
        Api.JSON.valueToTree(
            Fixtures.hubOn(Fixtures.newHubCode(), "UA46060130010043364", LocalDate.of(2024, 5, 1)));
    // What a client sends in the fields that follow from the code is not what is stored.
    body.put("oblast", "UA-05").put("settlement", "Десь").put("settlementType", "VILLAGE");

    Hub hub = api.post("/api/v1/hubs", body).as(Hub.class);

    assertThat(hub.settlementCode()).isEqualTo("UA46060130010043364");
    assertThat(hub.oblast()).isEqualTo("UA-46");
    assertThat(hub.raionCode()).isEqualTo("UA46060000000042587");
    assertThat(hub.raion()).isEqualTo("Львівський");
    assertThat(hub.hromadaCode()).isEqualTo("UA46060130000059055");
    assertThat(hub.hromada()).isEqualTo("Жовківська");
    assertThat(hub.settlement()).isEqualTo("Жовква");
    assertThat(hub.settlementType()).isEqualTo(SettlementType.CITY);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "UA46100210130069026, VILLAGE, Тухля",
    "UA80000000000093317, CITY, Київ",
    "UA80000000000210193, CITY, Київ (Дарницький)",
    "UA32080190010023112, TOWN, Макарів"
  })
  void settlementTypeComesFromTheCodifiersCategory(
      String code, SettlementType type, String settlement) {
    Hub hub =
        api()
            .post(
                "/api/v1/hubs",
                Fixtures.hubOn(Fixtures.newHubCode(), code, LocalDate.of(2024, 5, 1)))
            .as(Hub.class);

    assertThat(hub.settlementType()).isEqualTo(type);
    assertThat(hub.settlement()).isEqualTo(settlement);
  }

  @ParameterizedTest(name = "settlementCode=[{0}]")
  @CsvSource({
    "''", // missing
    "UA4610021013006902", // malformed: 16 digits
    "4610021013006902612", // malformed: no UA
    "UA46100210139999999", // unknown
    "UA46100210000027970", // a hromada
    "UA46100000000023056", // a raion
    "UA46000000000026241" // an oblast
  })
  void aCodeThatIsNotACurrentSettlementIsRefusedOnSettlementCode(String code) {
    ObjectNode body =
        Api.JSON.valueToTree(
            Fixtures.hubOn(Fixtures.newHubCode(), "UA46100210130069026", LocalDate.of(2024, 1, 1)));
    body.put("settlementCode", code);

    ApiResponse response = api().post("/api/v1/hubs", body);

    assertThat(response.status()).as(response.toString()).isEqualTo(422);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.errorFields()).containsExactly("settlementCode");
  }

  /** A code a newer edition retired: refused for a new hub, kept by the hub already on it. */
  @Test
  void aRetiredCodeIsRefusedForNewHubsAndKeptByTheHubsOnIt() {
    Api api = api();
    // A village no other test uses (Волосянка, Lviv oblast)
    String retired = "UA46100210030098128";
    Hub onIt =
        api.post(
                "/api/v1/hubs",
                Fixtures.hubOn(Fixtures.newHubCode(), retired, LocalDate.of(2024, 1, 1)))
            .as(Hub.class);
    TestService.on(database)
        .jdbi()
        .useHandle(h -> h.execute("update place set retired = true where code = ?", retired));
    try {
      ApiResponse refused =
          api.post(
              "/api/v1/hubs",
              Fixtures.hubOn(Fixtures.newHubCode(), retired, LocalDate.of(2024, 1, 1)));
      ObjectNode edit = Api.JSON.valueToTree(onIt);
      edit.put("address", "вул. Шкільна, 1");
      ApiResponse kept = api.put("/api/v1/hubs/" + onIt.id(), edit);

      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.errorFields()).containsExactly("settlementCode");
      assertThat(refused.body()).contains("retired");
      assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
      assertThat(kept.as(Hub.class).settlementCode()).isEqualTo(retired);
    } finally {
      TestService.on(database)
          .jdbi()
          .useHandle(h -> h.execute("update place set retired = false where code = ?", retired));
    }
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
    "institutionType, MUSEUM",
    "settlementType, METROPOLIS",
    "openedOn, 2024-13-01",
    "openedOn, ''",
    "settlementCode, ''",
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
