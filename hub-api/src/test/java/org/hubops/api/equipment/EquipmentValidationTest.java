package org.hubops.api.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubops.api.testing.ProblemAssertions.assertProblemNaming;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule an item and a status change must follow answers a 4xx problem+json naming the field at
 * fault, and a refused request leaves nothing behind: no item, no change, no history event.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class EquipmentValidationTest {

  @Parameter TestDatabase database;

  private static final LocalDate TODAY = LocalDate.now(Kyiv.ZONE);

  static Stream<Arguments> brokenItemRules() {
    return Stream.of(
        broken("no inventory number", b -> b.remove("inventoryNumber"), "inventoryNumber"),
        broken("blank inventory number", b -> b.put("inventoryNumber", " "), "inventoryNumber"),
        broken(
            "inventory number of 41 characters",
            b -> b.put("inventoryNumber", "І".repeat(41)),
            "inventoryNumber"),
        broken("no category", b -> b.putNull("category"), "category"),
        broken("unknown category", b -> b.put("category", "PHONE"), "category"),
        broken("model too long", b -> b.put("model", "М".repeat(201)), "model"),
        broken(
            "serial number too long", b -> b.put("serialNumber", "S".repeat(101)), "serialNumber"),
        broken(
            "funding source too long",
            b -> b.put("fundingSource", "Ф".repeat(201)),
            "fundingSource"),
        broken("notes too long", b -> b.put("notes", "Н".repeat(2001)), "notes"),
        broken(
            "acquired tomorrow",
            b -> b.put("acquiredOn", TODAY.plusDays(1).toString()),
            "acquiredOn"),
        broken("acquired on 31 February", b -> b.put("acquiredOn", "2024-02-31"), "acquiredOn"),
        broken(
            "checked tomorrow",
            b -> b.put("lastCheckedOn", TODAY.plusDays(1).toString()),
            "lastCheckedOn"),
        broken("unknown status", b -> b.put("status", "STOLEN"), "status"),
        broken("body names another hub", b -> b.put("hubId", Fixtures.UNKNOWN_ID), "hubId"),
        broken("misspelt field", b -> b.set("serial", b.get("serialNumber")), "serial"));
  }

  static Stream<Arguments> brokenStatusChanges() {
    return Stream.of(
        broken("no status", b -> b.remove("status"), "status"),
        broken("unknown status", b -> b.put("status", "STOLEN"), "status"),
        broken("the status it has", b -> b.put("status", "IN_SERVICE"), "status"),
        broken("dated tomorrow", b -> b.put("date", TODAY.plusDays(1).toString()), "date"),
        broken("dated before its current status", b -> b.put("date", "2024-03-11"), "date"),
        broken("date typed the Ukrainian way", b -> b.put("date", "12.03.2025"), "date"),
        broken("note too long", b -> b.put("note", "Н".repeat(501)), "note"),
        broken("version as text", b -> b.put("version", "перша"), "version"),
        broken("misspelt field", b -> b.put("stauts", "LOST"), "stauts"));
  }

  private static Arguments broken(String rule, Consumer<ObjectNode> change, String field) {
    return Arguments.of(rule, change, field);
  }

  private Api api() {
    return TestService.on(database).api().with("Accept-Language", "en");
  }

  private static String equipment(Hub hub) {
    return "/api/v1/hubs/" + hub.id() + "/equipment";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenItemRules")
  void brokenRuleOnCreateNamesTheFieldAndStoresNothing(
      String rule, Consumer<ObjectNode> change, String field) {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    ObjectNode body = Api.JSON.valueToTree(Fixtures.equipment("INV-1"));
    change.accept(body);

    ApiResponse response = api.post(equipment(hub), body);

    assertProblemNaming(response, field);
    assertThat(api.get(equipment(hub)).json().path("total").asLong()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenItemRules")
  void brokenRuleOnUpdateNamesTheFieldAndChangesNothing(
      String rule, Consumer<ObjectNode> change, String field) {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Equipment stored = Fixtures.createEquipment(api, hub, Fixtures.equipment("INV-1"));
    ObjectNode body = Api.JSON.valueToTree(stored);
    change.accept(body);

    ApiResponse response = api.put(equipment(hub) + "/" + stored.id(), body);

    assertProblemNaming(response, field);
    assertThat(api.get(equipment(hub) + "/" + stored.id()).as(Equipment.class)).isEqualTo(stored);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenStatusChanges")
  void brokenStatusChangeNamesTheFieldAndRecordsNothing(
      String rule, Consumer<ObjectNode> change, String field) {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Equipment stored = Fixtures.createEquipment(api, hub, Fixtures.equipment("INV-1"));
    ObjectNode body = Api.JSON.createObjectNode().put("status", "BROKEN");
    change.accept(body);
    String path = equipment(hub) + "/" + stored.id();

    ApiResponse response = api.post(path + "/status", body);

    assertProblemNaming(response, field);
    assertThat(api.get(path).as(Equipment.class)).isEqualTo(stored);
    assertThat(api.get(path + "/history").json()).hasSize(1);
  }

  @Test
  void updateWithoutVersionOrWithADifferentStatusSinceNamesThem() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Equipment stored = Fixtures.createEquipment(api, hub, Fixtures.equipment("INV-1"));
    ObjectNode body = Api.JSON.valueToTree(stored);
    body.remove("version");
    body.put("statusSince", "2025-01-01");

    ApiResponse response = api.put(equipment(hub) + "/" + stored.id(), body);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.errorFields()).containsExactlyInAnyOrder("version", "statusSince");
  }

  @Test
  void missingBodiesAreBadRequests() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Equipment stored = Fixtures.createEquipment(api, hub, Fixtures.equipment("INV-1"));

    ApiResponse create = api.send("POST", equipment(hub), "");
    ApiResponse status = api.send("POST", equipment(hub) + "/" + stored.id() + "/status", "");

    assertThat(create.status()).isEqualTo(400);
    assertThat(status.status()).isEqualTo(400);
    assertThat(status.contentType()).startsWith("application/problem+json");
  }

  @Test
  void boundaryValuesAreAccepted() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    ObjectNode longest = Api.JSON.valueToTree(Fixtures.equipment("І".repeat(40)));
    longest
        .put("model", "М".repeat(200))
        .put("serialNumber", "S".repeat(100))
        .put("fundingSource", "Ф".repeat(200))
        .put("notes", "Н".repeat(2000))
        .put("acquiredOn", TODAY.toString())
        .put("lastCheckedOn", TODAY.toString());

    ApiResponse created = api.post(equipment(hub), longest);
    ApiResponse change =
        api.post(
            equipment(hub) + "/" + created.as(Equipment.class).id() + "/status",
            Api.JSON
                .createObjectNode()
                .put("status", "LOST")
                .put("date", TODAY.toString())
                .put("note", "Н".repeat(500)));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(change.status()).as(change.toString()).isEqualTo(200);
  }

  @Test
  void badFiltersAndPagingNameTheParameter() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);

    assertThat(api.get(equipment(hub) + "?status=FINE").errorFields()).containsExactly("status");
    assertThat(api.get(equipment(hub) + "?category=PHONE&size=0").errorFields())
        .containsExactlyInAnyOrder("category", "size");
  }
}
