package org.hubops.api.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hubops.api.accounts.AccountService;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.EquipmentEvent;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.StatusChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A hub's equipment, its status changes and their history, on both databases. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class EquipmentApiTest {

  @Parameter TestDatabase database;

  private static final LocalDate TODAY = LocalDate.now(Kyiv.ZONE);

  private Api api() {
    return TestService.on(database).api();
  }

  private static String equipment(Hub hub) {
    return "/api/v1/hubs/" + hub.id() + "/equipment";
  }

  private static String item(Hub hub, Equipment item) {
    return equipment(hub) + "/" + item.id();
  }

  private static List<EquipmentEvent> history(Api api, Hub hub, Equipment item) {
    return Arrays.asList(api.get(item(hub, item) + "/history").as(EquipmentEvent[].class));
  }

  @Test
  void registeredItemIsReadBackInServiceSinceItWasAcquired() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Equipment sent = Fixtures.equipment("ІНВ-0042");

    ApiResponse created = api.post(equipment(hub), sent);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Equipment stored = created.as(Equipment.class);
    assertThat(created.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(stored.id().toString()));
    Equipment read = api.get(item(hub, stored)).as(Equipment.class);
    assertThat(read.inventoryNumber()).isEqualTo("ІНВ-0042");
    assertThat(read.fundingSource()).isEqualTo("Програма «Дія.Цифрова освіта» (USAID)");
    assertThat(read.notes()).isEqualTo("Видається відвідувачам лише в читальній залі");
    assertThat(read.category()).isEqualTo(EquipmentCategory.LAPTOP);
    assertThat(read.status()).isEqualTo(EquipmentStatus.IN_SERVICE);
    assertThat(read.statusSince()).isEqualTo(sent.acquiredOn());
    assertThat(read.lastCheckedOn()).isEqualTo(sent.lastCheckedOn());
    assertThat(read.hubId()).isEqualTo(hub.id());
    assertThat(read.version()).isEqualTo(1L);
    assertThat(history(api, hub, stored))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.fromStatus()).isNull();
              assertThat(e.toStatus()).isEqualTo(EquipmentStatus.IN_SERVICE);
              assertThat(e.date()).isEqualTo(sent.acquiredOn());
              assertThat(e.recordedBy()).isEqualTo(AccountService.BOOTSTRAP_ADMIN);
              assertThat(e.equipmentId()).isEqualTo(stored.id());
            });
  }

  @Test
  void itemWithoutAcquisitionDateStartsTodayInTheStatusGiven() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    ObjectNode body = Api.JSON.valueToTree(Fixtures.equipment("INV-1"));
    body.putNull("acquiredOn").put("status", "BROKEN");

    Equipment stored = api.post(equipment(hub), body).as(Equipment.class);

    assertThat(stored.status()).isEqualTo(EquipmentStatus.BROKEN);
    assertThat(stored.statusSince()).isEqualTo(TODAY);
    assertThat(history(api, hub, stored))
        .extracting(EquipmentEvent::toStatus, EquipmentEvent::date)
        .containsExactly(tuple(EquipmentStatus.BROKEN, TODAY));
  }

  @Test
  void statusChangesAreKeptInHistoryOldestFirst() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Equipment stored = Fixtures.createEquipment(api, hub, Fixtures.equipment("INV-1"));
    LocalDate broke = TODAY.minusDays(20);
    LocalDate repair = TODAY.minusDays(10);

    ApiResponse broken =
        api.post(
            item(hub, stored) + "/status",
            new StatusChange(EquipmentStatus.BROKEN, broke, "Не вмикається після грози", null));
    ApiResponse underRepair =
        api.post(
            item(hub, stored) + "/status",
            new StatusChange(EquipmentStatus.UNDER_REPAIR, repair, null, 2L));
    ApiResponse fixed =
        api.post(
            item(hub, stored) + "/status",
            new StatusChange(EquipmentStatus.IN_SERVICE, null, "Замінено блок живлення", null));

    assertThat(broken.status()).as(broken.toString()).isEqualTo(200);
    assertThat(underRepair.status()).as(underRepair.toString()).isEqualTo(200);
    assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
    Equipment now = fixed.as(Equipment.class);
    assertThat(now.status()).isEqualTo(EquipmentStatus.IN_SERVICE);
    assertThat(now.statusSince()).isEqualTo(TODAY);
    assertThat(now.version()).isEqualTo(4L);
    assertThat(underRepair.as(Equipment.class).statusSince()).isEqualTo(repair);
    assertThat(api.get(item(hub, stored)).as(Equipment.class)).isEqualTo(now);
    List<EquipmentEvent> events = history(api, hub, stored);
    assertThat(events)
        .extracting(EquipmentEvent::fromStatus)
        .containsExactly(
            null, EquipmentStatus.IN_SERVICE, EquipmentStatus.BROKEN, EquipmentStatus.UNDER_REPAIR);
    assertThat(events)
        .extracting(EquipmentEvent::toStatus)
        .containsExactly(
            EquipmentStatus.IN_SERVICE,
            EquipmentStatus.BROKEN,
            EquipmentStatus.UNDER_REPAIR,
            EquipmentStatus.IN_SERVICE);
    assertThat(events)
        .extracting(EquipmentEvent::date)
        .containsExactly(stored.acquiredOn(), broke, repair, TODAY);
    assertThat(events)
        .extracting(EquipmentEvent::note)
        .containsExactly(null, "Не вмикається після грози", null, "Замінено блок живлення");
    assertThat(events)
        .extracting(EquipmentEvent::recordedBy)
        .containsOnly(AccountService.BOOTSTRAP_ADMIN);
  }

  @Test
  void statusChangeWithStaleVersionIsAConflictAndRecordsNothing() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Equipment stored = Fixtures.createEquipment(api, hub, Fixtures.equipment("INV-1"));
    api.post(
        item(hub, stored) + "/status", new StatusChange(EquipmentStatus.BROKEN, null, null, 1L));

    ApiResponse stale =
        api.post(
            item(hub, stored) + "/status", new StatusChange(EquipmentStatus.LOST, null, null, 1L));

    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    assertThat(api.get(item(hub, stored)).as(Equipment.class).status())
        .isEqualTo(EquipmentStatus.BROKEN);
    assertThat(history(api, hub, stored)).hasSize(2);
  }

  @Test
  void updateChangesDetailsButNeverTheStatus() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Equipment stored = Fixtures.createEquipment(api, hub, Fixtures.equipment("INV-1"));

    ObjectNode edit = Api.JSON.valueToTree(stored);
    edit.put("notes", "Передано до філії в с. Зашків").put("lastCheckedOn", TODAY.toString());
    ApiResponse sameStatus = api.put(item(hub, stored), edit);
    ObjectNode statusEdit = Api.JSON.valueToTree(sameStatus.as(Equipment.class));
    statusEdit.put("status", "WRITTEN_OFF");
    ApiResponse otherStatus = api.put(item(hub, stored), statusEdit);

    assertThat(sameStatus.status()).as(sameStatus.toString()).isEqualTo(200);
    assertThat(sameStatus.as(Equipment.class).version()).isEqualTo(2L);
    assertThat(otherStatus.status()).isEqualTo(422);
    assertThat(otherStatus.errorFields()).containsExactly("status");
    assertThat(otherStatus.json().path("errors").get(0).path("message").asText())
        .contains("POST …/status");
    Equipment now = api.get(item(hub, stored)).as(Equipment.class);
    assertThat(now.status()).isEqualTo(EquipmentStatus.IN_SERVICE);
    assertThat(now.notes()).isEqualTo("Передано до філії в с. Зашків");
    assertThat(now.lastCheckedOn()).isEqualTo(TODAY);
    assertThat(history(api, hub, stored)).hasSize(1);
  }

  @Test
  void staleVersionIsRejectedWithConflictAndChangesNothing() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Equipment stored = Fixtures.createEquipment(api, hub, Fixtures.equipment("INV-1"));

    ObjectNode edit = Api.JSON.valueToTree(stored);
    edit.put("model", "Lenovo ThinkPad E14 Gen 6");
    ApiResponse first = api.put(item(hub, stored), edit);
    ObjectNode staleEdit = Api.JSON.valueToTree(stored);
    staleEdit.put("model", "HP ProBook 450");
    ApiResponse second = api.put(item(hub, stored), staleEdit);

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.contentType()).startsWith("application/problem+json");
    assertThat(api.get(item(hub, stored)).as(Equipment.class).model())
        .isEqualTo("Lenovo ThinkPad E14 Gen 6");
  }

  @Test
  void listIsPagedByInventoryNumberAndFilteredByStatusAndCategory() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    for (String number : List.of("INV-05", "INV-01", "INV-04", "INV-02", "INV-03")) {
      ObjectNode body = Api.JSON.valueToTree(Fixtures.equipment(number));
      if (number.equals("INV-02") || number.equals("INV-04")) {
        body.put("category", "PROJECTOR");
      }
      api.post(equipment(hub), body);
    }
    JsonNode secondProjector =
        api.get(equipment(hub) + "?category=projector&size=1&page=1").json().path("items").get(0);
    Equipment fourth = Api.JSON.convertValue(secondProjector, Equipment.class);
    api.post(
        item(hub, fourth) + "/status", new StatusChange(EquipmentStatus.BROKEN, null, null, null));

    JsonNode secondPage = api.get(equipment(hub) + "?page=1&size=2").json();
    JsonNode laptops = api.get(equipment(hub) + "?category=LAPTOP").json();
    JsonNode brokenProjectors =
        api.get(equipment(hub) + "?category=PROJECTOR&status=broken").json();
    JsonNode inService = api.get(equipment(hub) + "?status=IN_SERVICE").json();

    assertThat(fourth.inventoryNumber()).isEqualTo("INV-04");
    assertThat(secondPage.path("total").asLong()).isEqualTo(5);
    assertThat(secondPage.path("items"))
        .extracting(e -> e.path("inventoryNumber").asText())
        .containsExactly("INV-03", "INV-04");
    assertThat(laptops.path("items"))
        .extracting(e -> e.path("inventoryNumber").asText())
        .containsExactly("INV-01", "INV-03", "INV-05");
    assertThat(brokenProjectors.path("items"))
        .extracting(e -> e.path("inventoryNumber").asText())
        .containsExactly("INV-04");
    assertThat(inService.path("total").asLong()).isEqualTo(4);
  }

  @Test
  void inventoryNumberIsUniqueInAHubButMayRepeatInAnother() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Hub other = Fixtures.createHub(api);
    Fixtures.createEquipment(api, hub, Fixtures.equipment("INV-1"));
    Equipment second = Fixtures.createEquipment(api, hub, Fixtures.equipment("INV-2"));

    ApiResponse again = api.post(equipment(hub), Fixtures.equipment("INV-1"));
    ObjectNode rename = Api.JSON.valueToTree(second);
    rename.put("inventoryNumber", "INV-1");
    ApiResponse renamed = api.put(item(hub, second), rename);
    ApiResponse elsewhere = api.post(equipment(other), Fixtures.equipment("INV-1"));

    assertThat(again.status()).isEqualTo(422);
    assertThat(again.errorFields()).containsExactly("inventoryNumber");
    assertThat(renamed.status()).isEqualTo(422);
    assertThat(renamed.errorFields()).containsExactly("inventoryNumber");
    assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
    assertThat(api.get(equipment(hub)).json().path("total").asLong()).isEqualTo(2);
  }

  @Test
  void itemsOfAnotherHubAreNotFoundThroughThisHub() {
    Api api = api();
    Hub mine = Fixtures.createHub(api);
    Hub other = Fixtures.createHub(api);
    Equipment theirs = Fixtures.createEquipment(api, other, Fixtures.equipment("INV-1"));
    String path = equipment(mine) + "/" + theirs.id();

    ApiResponse read = api.get(path);
    ApiResponse overwrite = api.put(path, theirs);
    ApiResponse statusChange =
        api.post(path + "/status", new StatusChange(EquipmentStatus.LOST, null, null, null));
    ApiResponse history = api.get(path + "/history");

    for (ApiResponse response : List.of(read, overwrite, statusChange, history)) {
      assertThat(response.status()).as(response.toString()).isEqualTo(404);
      assertThat(response.contentType()).startsWith("application/problem+json");
    }
    Equipment untouched = api.get(item(other, theirs)).as(Equipment.class);
    assertThat(untouched.status()).isEqualTo(EquipmentStatus.IN_SERVICE);
    assertThat(untouched.version()).isEqualTo(1L);
  }
}
