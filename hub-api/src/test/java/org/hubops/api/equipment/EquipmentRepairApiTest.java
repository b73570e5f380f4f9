package org.hubops.api.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubops.api.testing.ProblemAssertions.assertProblemNaming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.Role;
import org.hubops.model.report.EquipmentDataset;
import org.hubops.model.report.EquipmentUse;
import org.hubops.model.report.EquipmentUseGroup.Dimension;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.EquipmentEvent;
import org.hubops.model.rest.EquipmentRepair;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Repairs as a coordinator records them: opening one puts the item UNDER_REPAIR from that day,
 * closing it brings it back with what was done and what it cost, both in the item's history, and
 * the equipment report counts the days it was away.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class EquipmentRepairApiTest {

  private static final LocalDate TODAY = LocalDate.now(Kyiv.ZONE);

  @Parameter TestDatabase database;

  @Test
  void aRepairGivesUnderRepairAStartAndAnEnd() {
    TestService service = TestService.on(database);
    Api admin = service.api();
    Hub hub = Fixtures.createHub(admin);
    Api coordinator = service.as(Role.COORDINATOR, hub);
    Equipment printer = item(admin, hub, "Р-1", "Донор " + UUID.randomUUID());
    LocalDate opened = TODAY.minusDays(20);

    ApiResponse open =
        coordinator.post(
            repairs(hub, printer),
            "{\"openedOn\": \"" + opened + "\", \"problem\": \"Не подає папір\"}");
    assertThat(open.status()).as(open.toString()).isEqualTo(201);
    EquipmentRepair repair = open.as(EquipmentRepair.class);
    assertThat(repair.open()).isTrue();
    assertThat(repair.openedBy()).isNotBlank();
    Equipment away = admin.get(item(hub, printer)).as(Equipment.class);
    assertThat(away.status()).isEqualTo(EquipmentStatus.UNDER_REPAIR);
    assertThat(away.statusSince()).isEqualTo(opened);
    assertThat(coordinator.post(repairs(hub, printer), "{\"problem\": \"Ще раз\"}").status())
        .isEqualTo(409);
    // Only closing the repair ends it: a bare status change would leave it open.
    assertProblemNaming(
        coordinator.post(item(hub, printer) + "/status", "{\"status\": \"IN_SERVICE\"}"), "status");

    LocalDate closed = TODAY.minusDays(5);
    ApiResponse close =
        coordinator.put(
            repairs(hub, printer) + "/" + repair.id(),
            "{\"closedOn\": \""
                + closed
                + "\", \"workDone\": \"Замінено ролик подачі\", \"cost\": 850.50}");
    assertThat(close.status()).as(close.toString()).isEqualTo(200);
    EquipmentRepair done = close.as(EquipmentRepair.class);
    assertThat(done.closedOn()).isEqualTo(closed);
    assertThat(done.cost()).isEqualByComparingTo(new BigDecimal("850.50"));
    assertThat(done.outcome()).isEqualTo(EquipmentStatus.IN_SERVICE);
    Equipment back = admin.get(item(hub, printer)).as(Equipment.class);
    assertThat(back.status()).isEqualTo(EquipmentStatus.IN_SERVICE);
    assertThat(back.statusSince()).isEqualTo(closed);
    List<EquipmentEvent> history =
        Arrays.asList(admin.get(item(hub, printer) + "/history").as(EquipmentEvent[].class));
    assertThat(history)
        .extracting(EquipmentEvent::toStatus, EquipmentEvent::date, EquipmentEvent::note)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                EquipmentStatus.UNDER_REPAIR, opened, "Не подає папір"),
            org.assertj.core.groups.Tuple.tuple(
                EquipmentStatus.IN_SERVICE, closed, "Замінено ролик подачі"));
    assertThat(
            coordinator
                .put(repairs(hub, printer) + "/" + repair.id(), "{\"workDone\": \"Знову\"}")
                .status())
        .isEqualTo(409);
    assertThat(coordinator.get(repairs(hub, printer)).as(EquipmentRepair[].class)).hasSize(1);
  }

  @Test
  void anItemMissedAtACheckWhileAwayEndsItsRepairAsLost() {
    TestService service = TestService.on(database);
    Api admin = service.api();
    Hub hub = Fixtures.createHub(admin);
    Api coordinator = service.as(Role.COORDINATOR, hub);
    Equipment projector = item(admin, hub, "Р-5", "Донор " + UUID.randomUUID());
    LocalDate opened = TODAY.minusDays(30);
    LocalDate checked = TODAY.minusDays(4);
    EquipmentRepair repair =
        coordinator
            .post(
                repairs(hub, projector),
                "{\"openedOn\": \"" + opened + "\", \"problem\": \"Не вмикається лампа\"}")
            .as(EquipmentRepair.class);

    ApiResponse check =
        coordinator.post(
            item(hub, projector) + "/checks",
            "{\"date\": \"" + checked + "\", \"found\": false, \"note\": \"Майстерня не має\"}");
    assertThat(check.status()).as(check.toString()).isEqualTo(201);

    Equipment lost = admin.get(item(hub, projector)).as(Equipment.class);
    assertThat(lost.status()).isEqualTo(EquipmentStatus.LOST);
    assertThat(lost.statusSince()).isEqualTo(checked);
    EquipmentRepair[] all = coordinator.get(repairs(hub, projector)).as(EquipmentRepair[].class);
    assertThat(all).hasSize(1);
    EquipmentRepair ended = all[0];
    assertThat(ended.id()).isEqualTo(repair.id());
    assertThat(ended.open()).isFalse();
    assertThat(ended.closedOn()).isEqualTo(checked);
    assertThat(ended.outcome()).isEqualTo(EquipmentStatus.LOST);
    assertThat(ended.workDone()).contains(checked.toString());
    assertThat(ended.closedBy()).isNotBlank();
    List<EquipmentEvent> history =
        Arrays.asList(admin.get(item(hub, projector) + "/history").as(EquipmentEvent[].class));
    assertThat(history)
        .extracting(EquipmentEvent::fromStatus, EquipmentEvent::toStatus, EquipmentEvent::date)
        .endsWith(
            org.assertj.core.groups.Tuple.tuple(
                EquipmentStatus.IN_SERVICE, EquipmentStatus.UNDER_REPAIR, opened),
            org.assertj.core.groups.Tuple.tuple(
                EquipmentStatus.UNDER_REPAIR, EquipmentStatus.LOST, checked));
    // Found again later, it can go for repair again: no repair is left open behind it.
    coordinator.post(
        item(hub, projector) + "/checks", "{\"found\": true, \"condition\": \"NEEDS_REPAIR\"}");
    assertThat(coordinator.post(repairs(hub, projector), "{\"problem\": \"Лампа\"}").status())
        .isEqualTo(201);

    // Away from day -30 to day -4, when it was found missing: 26 days, not to today.
    EquipmentDataset report =
        admin
            .get(
                "/api/v1/reports/equipment?funding="
                    + java.net.URLEncoder.encode(
                        projector.fundingSource(), java.nio.charset.StandardCharsets.UTF_8)
                    + "&from="
                    + opened
                    + "&to="
                    + checked)
            .as(EquipmentDataset.class);
    assertThat(days(report, "Р-5")).isEqualTo(26);
  }

  @Test
  void theReportCountsTheDaysOutOfServiceInThePeriod() {
    TestService service = TestService.on(database);
    Api admin = service.api();
    Hub hub = Fixtures.createHub(admin);
    String donor = "Донор " + UUID.randomUUID();
    Equipment closedOne = item(admin, hub, "Р-2", donor);
    Equipment stillAway = item(admin, hub, "Р-3", donor);
    EquipmentRepair first =
        admin
            .post(
                repairs(hub, closedOne),
                "{\"openedOn\": \"" + TODAY.minusDays(20) + "\", \"problem\": \"Екран\"}")
            .as(EquipmentRepair.class);
    admin.put(
        repairs(hub, closedOne) + "/" + first.id(),
        "{\"closedOn\": \"" + TODAY.minusDays(5) + "\", \"workDone\": \"Новий екран\"}");
    admin.post(
        repairs(hub, stillAway),
        "{\"openedOn\": \"" + TODAY.minusDays(3) + "\", \"problem\": \"Не вмикається\"}");

    ApiResponse response =
        admin.get(
            "/api/v1/reports/equipment?funding="
                + java.net.URLEncoder.encode(donor, java.nio.charset.StandardCharsets.UTF_8)
                + "&from="
                + TODAY.minusDays(10)
                + "&to="
                + TODAY);
    EquipmentDataset report = response.as(EquipmentDataset.class);

    // Away from day -20 to day -5: within the period, days -10 to -6.
    assertThat(days(report, "Р-2")).isEqualTo(5);
    // Away since day -3 and still: days -3, -2, -1 and today.
    assertThat(days(report, "Р-3")).isEqualTo(4);
    assertThat(report.groups(Dimension.WHOLE).get(0).daysUnderRepair()).isEqualTo(9);
    assertThat(report.needingAttention())
        .extracting(i -> i.inventoryNumber())
        .containsExactly("Р-3");
  }

  @Test
  void badRepairsAreRefusedNamingTheField() {
    TestService service = TestService.on(database);
    Api admin = service.api();
    Hub hub = Fixtures.createHub(admin);
    Equipment item = item(admin, hub, "Р-4", null);
    String path = repairs(hub, item);

    assertProblemNaming(admin.post(path, "{}"), "problem");
    assertProblemNaming(
        admin.post(path, "{\"problem\": \"x\", \"openedOn\": \"" + TODAY.plusDays(1) + "\"}"),
        "openedOn");
    assertProblemNaming(
        admin.post(path, "{\"problem\": \"x\", \"openedOn\": \"" + TODAY.minusYears(5) + "\"}"),
        "openedOn");
    assertProblemNaming(
        admin.post(path, "{\"problem\": \"x\", \"openedOn\": \"вчора\"}"), "openedOn");
    EquipmentRepair repair =
        admin
            .post(path, "{\"problem\": \"Гуде\", \"openedOn\": \"" + TODAY.minusDays(2) + "\"}")
            .as(EquipmentRepair.class);
    String close = path + "/" + repair.id();
    assertProblemNaming(admin.put(close, "{}"), "workDone");
    assertProblemNaming(
        admin.put(close, "{\"workDone\": \"x\", \"closedOn\": \"" + TODAY.minusDays(3) + "\"}"),
        "closedOn");
    assertProblemNaming(admin.put(close, "{\"workDone\": \"x\", \"cost\": -1}"), "cost");
    assertProblemNaming(admin.put(close, "{\"workDone\": \"x\", \"cost\": 10.555}"), "cost");
    assertProblemNaming(
        admin.put(close, "{\"workDone\": \"x\", \"outcome\": \"LOST\"}"), "outcome");
    assertProblemNaming(
        admin.put(close, "{\"workDone\": \"x\", \"outcome\": \"FIXED\"}"), "outcome");
    assertThat(admin.put(path + "/" + UUID.randomUUID(), "{\"workDone\": \"x\"}").status())
        .isEqualTo(404);
    assertThat(admin.get(item(hub, item)).as(Equipment.class).status())
        .isEqualTo(EquipmentStatus.UNDER_REPAIR);
    Hub other = Fixtures.createHub(admin);
    assertThat(service.as(Role.COORDINATOR, other).post(path, "{\"problem\": \"x\"}").status())
        .isIn(403, 404);
  }

  private static long days(EquipmentDataset report, String number) {
    return report.items().stream()
        .filter(i -> i.inventoryNumber().equals(number))
        .findFirst()
        .map(EquipmentUse::daysUnderRepair)
        .orElseThrow();
  }

  private static Equipment item(Api api, Hub hub, String number, String donor) {
    return Fixtures.createEquipment(
        api,
        hub,
        new Equipment(
            null,
            null,
            number,
            EquipmentCategory.PRINTER,
            "HP LaserJet",
            null,
            donor,
            TODAY.minusYears(1),
            null,
            null,
            null,
            null,
            null,
            null,
            null));
  }

  private static String item(Hub hub, Equipment item) {
    return "/api/v1/hubs/" + hub.id() + "/equipment/" + item.id();
  }

  private static String repairs(Hub hub, Equipment item) {
    return item(hub, item) + "/repairs";
  }
}
