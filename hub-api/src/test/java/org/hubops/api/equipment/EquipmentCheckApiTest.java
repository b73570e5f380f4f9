package org.hubops.api.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubops.api.testing.ProblemAssertions.assertProblemNaming;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.Role;
import org.hubops.model.rest.CheckDue;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.EquipmentCheck;
import org.hubops.model.rest.EquipmentEvent;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Physical checks of equipment, as a coordinator records them and staff chase them: a check sets
 * the last check date, one that finds nothing makes the item LOST with history, and an item
 * unchecked for the audit interval (12 months by default) is due, then overdue, on Kyiv's dates.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class EquipmentCheckApiTest {

  private static final LocalDate TODAY = LocalDate.now(Kyiv.ZONE);

  @Parameter TestDatabase database;

  @Test
  void itemsFallDueAYearAfterTheirLastCheckAndACheckClearsThem() {
    TestService service = TestService.on(database);
    Api admin = service.api();
    Hub hub = Fixtures.createHub(admin);
    Api coordinator = service.as(Role.COORDINATOR, hub);
    Equipment overdue = item(admin, hub, "ПР-1", TODAY.minusMonths(13), TODAY.minusYears(3));
    Equipment dueSoon =
        item(admin, hub, "ПР-2", TODAY.minusMonths(12).plusDays(10), TODAY.minusYears(3));
    Equipment checkedLately = item(admin, hub, "ПР-3", TODAY.minusMonths(6), TODAY.minusYears(3));
    Equipment neverChecked = item(admin, hub, "ПР-4", null, TODAY.minusYears(2));

    List<CheckDue> due = due(coordinator, hub);
    assertThat(due)
        .extracting(CheckDue::inventoryNumber)
        .containsExactly("ПР-4", "ПР-1", "ПР-2")
        .doesNotContain(checkedLately.inventoryNumber());
    assertThat(due.get(1).overdue()).isTrue();
    assertThat(due.get(1).dueOn()).isEqualTo(TODAY.minusMonths(1));
    assertThat(due.get(2).overdue()).isFalse();
    assertThat(due.get(2).dueOn()).isEqualTo(TODAY.plusDays(10));
    assertThat(due.get(0).lastCheckedOn()).isNull();

    ApiResponse checked =
        coordinator.post(checks(hub, overdue), "{\"found\": true, \"condition\": \"WORKING\"}");
    assertThat(checked.status()).as(checked.toString()).isEqualTo(201);
    assertThat(admin.get(item(hub, overdue)).as(Equipment.class).lastCheckedOn()).isEqualTo(TODAY);
    assertThat(due(coordinator, hub))
        .extracting(CheckDue::inventoryNumber)
        .containsExactly("ПР-4", "ПР-2");
    // Staff see the oblast's list, with the hub each item is at.
    List<CheckDue> oblast =
        Arrays.asList(
            service
                .as(Role.ASSOCIATION)
                .get("/api/v1/equipment/checks-due?oblast=" + hub.oblast())
                .as(CheckDue[].class));
    assertThat(oblast)
        .filteredOn(c -> c.hubCode().equals(hub.code()))
        .extracting(CheckDue::equipmentId)
        .containsExactly(neverChecked.id(), dueSoon.id());
    assertThat(coordinator.get("/api/v1/equipment/checks-due").status()).isEqualTo(403);
  }

  @Test
  void aCheckThatDoesNotFindTheItemMakesItLostWithHistoryAndFindingItBringsItBack() {
    TestService service = TestService.on(database);
    Api admin = service.api();
    Hub hub = Fixtures.createHub(admin);
    Api coordinator = service.as(Role.COORDINATOR, hub);
    Equipment laptop = item(admin, hub, "ПР-9", TODAY.minusMonths(14), TODAY.minusYears(3));
    LocalDate checkedOn = TODAY.minusDays(2);

    ApiResponse missing =
        coordinator.post(
            checks(hub, laptop),
            "{\"date\": \"" + checkedOn + "\", \"found\": false, \"note\": \"Немає в шафі\"}");
    assertThat(missing.status()).as(missing.toString()).isEqualTo(201);
    Equipment lost = admin.get(item(hub, laptop)).as(Equipment.class);
    assertThat(lost.status()).isEqualTo(EquipmentStatus.LOST);
    assertThat(lost.statusSince()).isEqualTo(checkedOn);
    assertThat(lost.lastCheckedOn()).isEqualTo(checkedOn);
    List<EquipmentEvent> history =
        Arrays.asList(admin.get(item(hub, laptop) + "/history").as(EquipmentEvent[].class));
    assertThat(history)
        .anySatisfy(
            e -> {
              assertThat(e.fromStatus()).isEqualTo(EquipmentStatus.IN_SERVICE);
              assertThat(e.toStatus()).isEqualTo(EquipmentStatus.LOST);
              assertThat(e.date()).isEqualTo(checkedOn);
              assertThat(e.note()).isEqualTo("Не знайдено під час перевірки");
            });
    assertThat(due(coordinator, hub)).extracting(CheckDue::inventoryNumber).doesNotContain("ПР-9");

    coordinator.post(checks(hub, laptop), "{\"found\": true, \"condition\": \"NEEDS_REPAIR\"}");
    assertThat(admin.get(item(hub, laptop)).as(Equipment.class).status())
        .isEqualTo(EquipmentStatus.IN_SERVICE);
    List<EquipmentCheck> recorded =
        Arrays.asList(coordinator.get(checks(hub, laptop)).as(EquipmentCheck[].class));
    assertThat(recorded).extracting(EquipmentCheck::found).containsExactly(true, false);
    assertThat(recorded.get(1).note()).isEqualTo("Немає в шафі");
    assertThat(recorded.get(1).checkedBy()).isNotBlank();
  }

  @Test
  void aCheckMustSayWhatWasFound() {
    TestService service = TestService.on(database);
    Api admin = service.api();
    Hub hub = Fixtures.createHub(admin);
    Equipment item = item(admin, hub, "ПР-5", null, TODAY.minusYears(1));
    String path = checks(hub, item);

    assertProblemNaming(admin.post(path, "{}"), "found");
    assertProblemNaming(admin.post(path, "{\"found\": true}"), "condition");
    assertProblemNaming(
        admin.post(path, "{\"found\": false, \"condition\": \"WORKING\"}"), "condition");
    assertProblemNaming(
        admin.post(
            path,
            "{\"found\": true, \"condition\": \"WORKING\", \"date\": \""
                + TODAY.plusDays(1)
                + "\"}"),
        "date");
    assertProblemNaming(
        admin.post(
            path,
            "{\"found\": true, \"condition\": \"WORKING\", \"date\": \""
                + TODAY.minusYears(2)
                + "\"}"),
        "date");
    assertThat(admin.get(path).as(EquipmentCheck[].class)).isEmpty();
    Hub other = Fixtures.createHub(admin);
    assertThat(
            service
                .as(Role.COORDINATOR, other)
                .post(path, "{\"found\": true, \"condition\": \"WORKING\"}")
                .status())
        .isIn(403, 404);
  }

  private static Equipment item(
      Api api, Hub hub, String number, LocalDate lastChecked, LocalDate acquired) {
    Equipment sent =
        new Equipment(
            null,
            null,
            number,
            EquipmentCategory.LAPTOP,
            "Lenovo ThinkPad E14",
            null,
            "USAID",
            acquired,
            null,
            null,
            lastChecked,
            null,
            null,
            null,
            null);
    return Fixtures.createEquipment(api, hub, sent);
  }

  private static List<CheckDue> due(Api api, Hub hub) {
    ApiResponse response = api.get("/api/v1/hubs/" + hub.id() + "/equipment/checks-due");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return Arrays.asList(response.as(CheckDue[].class));
  }

  private static String item(Hub hub, Equipment item) {
    return "/api/v1/hubs/" + hub.id() + "/equipment/" + item.id();
  }

  private static String checks(Hub hub, Equipment item) {
    return item(hub, item) + "/checks";
  }
}
