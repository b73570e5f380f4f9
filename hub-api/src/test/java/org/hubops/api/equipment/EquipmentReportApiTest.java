package org.hubops.api.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubops.api.testing.ProblemAssertions.assertProblemNaming;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.api.testing.Workbooks;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.Role;
import org.hubops.model.report.EquipmentDataset;
import org.hubops.model.report.EquipmentItem;
import org.hubops.model.report.EquipmentUse;
import org.hubops.model.report.EquipmentUseGroup;
import org.hubops.model.report.EquipmentUseGroup.Dimension;
import org.hubops.model.report.HubDataset;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.EquipmentRepair;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The equipment report from a known dataset: one donor's items at two hubs, sessions that used them
 * (one before the period, one deleted, one with another donor's item too), and the figures per
 * item, hub, category and donor equal what was logged; checks fall overdue on Kyiv's dates.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class EquipmentReportApiTest {

  private static final LocalDate TODAY = LocalDate.now(Kyiv.ZONE);
  private static final LocalDate FROM = TODAY.minusDays(60);

  @Parameter TestDatabase database;

  private TestService service;
  private Api admin;
  private String donor;
  private Hub first;
  private Hub second;
  private Equipment laptop1;
  private Equipment laptop2;
  private Equipment projector;
  private Equipment tablet;

  @BeforeEach
  void logKnownUse() {
    service = TestService.on(database);
    admin = service.api();
    donor = "Фонд " + UUID.randomUUID().toString().substring(0, 8);
    first = Fixtures.createHub(admin);
    second = Fixtures.createHub(admin);
    laptop1 = item(first, "Н-1", EquipmentCategory.LAPTOP, donor, TODAY.minusMonths(1));
    laptop2 = item(first, "Н-2", EquipmentCategory.LAPTOP, donor, TODAY.minusMonths(12));
    projector =
        item(first, "Н-3", EquipmentCategory.PROJECTOR, donor, TODAY.minusMonths(12).minusDays(1));
    Equipment otherDonors = item(first, "Н-4", EquipmentCategory.LAPTOP, "Інший донор", null);
    tablet = item(second, "Н-5", EquipmentCategory.TABLET, donor, null);

    session(first, FROM, 90, 5, laptop1, laptop2, projector);
    session(first, TODAY.minusDays(10), 60, 3, laptop1);
    session(first, TODAY, 45, 4, projector, otherDonors);
    session(first, FROM.minusDays(1), 120, 9, laptop1);
    Session deleted = session(first, TODAY.minusDays(5), 30, 2, laptop2);
    assertThat(admin.delete(sessionPath(first, deleted)).status()).isIn(200, 204);
  }

  @Test
  void utilisationPerItemAndRolledUpIsWhatWasLogged() {
    EquipmentDataset report = report(admin, "funding=" + encode(donor) + period());

    Map<String, EquipmentUse> items = byNumber(report.items());
    assertThat(items).containsOnlyKeys("Н-1", "Н-2", "Н-3", "Н-5");
    assertUse(items.get("Н-1"), 2, 2.5, 8);
    assertUse(items.get("Н-2"), 1, 1.5, 5);
    assertUse(items.get("Н-3"), 2, 2.25, 9);
    assertUse(items.get("Н-5"), 0, 0, 0);
    assertThat(items.get("Н-5").unusedInService()).isTrue();

    // A session that used two laptops counts once for laptops, once for the hub, once overall.
    assertGroup(report, Dimension.WHOLE, null, 3, 3.25, 12);
    assertGroup(report, Dimension.HUB, first.code(), 3, 3.25, 12);
    assertGroup(report, Dimension.HUB, second.code(), 0, 0, 0);
    assertGroup(report, Dimension.CATEGORY, "LAPTOP", 2, 2.5, 8);
    assertGroup(report, Dimension.CATEGORY, "PROJECTOR", 2, 2.25, 9);
    assertGroup(report, Dimension.FUNDING, donor, 3, 3.25, 12);
    EquipmentUseGroup whole = report.groups(Dimension.WHOLE).get(0);
    assertThat(whole.items()).isEqualTo(4);
    assertThat(whole.inService()).isEqualTo(4);
    assertThat(whole.unusedInService()).isEqualTo(1);
    assertThat(report.fundingSource()).isEqualTo(donor);
  }

  @Test
  void checksFallOverdueTheDayAfterTheIntervalEndsInKyiv() {
    EquipmentDataset report = report(admin, "funding=" + encode(donor) + period());
    Map<String, EquipmentUse> items = byNumber(report.items());

    assertThat(items.get("Н-1").overdue()).isFalse();
    assertThat(items.get("Н-1").checkDueOn()).isEqualTo(TODAY.plusMonths(11));
    // Checked exactly twelve months ago: due today, not yet overdue.
    assertThat(items.get("Н-2").checkDueOn()).isEqualTo(TODAY);
    assertThat(items.get("Н-2").overdue()).isFalse();
    assertThat(items.get("Н-3").checkDueOn()).isEqualTo(TODAY.minusDays(1));
    assertThat(items.get("Н-3").overdue()).isTrue();
    // Never checked: counted from its acquisition two years ago.
    assertThat(items.get("Н-5").overdue()).isTrue();
    assertThat(report.overdueChecks())
        .extracting(EquipmentUse::inventoryNumber)
        .containsExactly("Н-5", "Н-3");
    assertThat(report.groups(Dimension.HUB))
        .extracting(EquipmentUseGroup::key, EquipmentUseGroup::overdueChecks)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(first.code(), 1L),
            org.assertj.core.groups.Tuple.tuple(second.code(), 1L));
  }

  @Test
  void aPeriodCountsOnlyItsSessions() {
    EquipmentDataset lastWeek =
        report(admin, "funding=" + encode(donor) + "&from=" + TODAY.minusDays(7) + "&to=" + TODAY);

    Map<String, EquipmentUse> items = byNumber(lastWeek.items());
    assertUse(items.get("Н-1"), 0, 0, 0);
    assertUse(items.get("Н-3"), 1, 0.75, 4);
    assertGroup(lastWeek, Dimension.WHOLE, null, 1, 0.75, 4);
    // Without dates, the year to today: the session the day before FROM counts too.
    EquipmentDataset year = report(admin, "funding=" + encode(donor));
    assertThat(year.from()).isEqualTo(TODAY.minusYears(1).plusDays(1));
    assertThat(year.to()).isEqualTo(TODAY);
    assertUse(byNumber(year.items()).get("Н-1"), 3, 4.5, 17);
  }

  @Test
  void aCoordinatorSeesTheirHubsItemsOnly() {
    Api coordinator = service.as(Role.COORDINATOR, second);

    EquipmentDataset own = report(coordinator, "funding=" + encode(donor) + period());

    assertThat(own.items()).extracting(EquipmentUse::inventoryNumber).containsExactly("Н-5");
    assertThat(own.groups(Dimension.HUB))
        .extracting(EquipmentUseGroup::key)
        .containsExactly(second.code());
  }

  @Test
  void badParametersAreNamed() {
    String path = "/api/v1/reports/equipment?";
    assertProblemNaming(admin.get(path + "from=" + TODAY + "&to=" + TODAY.minusDays(1)), "to");
    assertProblemNaming(admin.get(path + "from=yesterday&to=" + TODAY), "from");
    assertProblemNaming(admin.get(path + "from=" + TODAY), "to");
    assertProblemNaming(admin.get(path + "oblast=UA-99"), "oblast");
    assertProblemNaming(admin.get(path + "funding=" + "Д".repeat(201)), "funding");
    assertProblemNaming(admin.get(path + "lang=fr"), "lang");
  }

  @Test
  void theDonorsWorkbookListsTheirItemsUseAndOverdueChecks() throws Exception {
    HttpResponse<byte[]> download =
        admin
            .with("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .download("/api/v1/reports/equipment?funding=" + encode(donor) + period());
    assertThat(download.statusCode()).isEqualTo(200);

    try (XSSFWorkbook book = Workbooks.open(download.body())) {
      List<String> sheets = new ArrayList<>();
      book.forEach(s -> sheets.add(s.getSheetName()));
      assertThat(sheets)
          .contains("Обладнання та використання", "Прострочені перевірки", "Використання за хабами")
          .doesNotContain("Використання за донорами");
      Sheet items = book.getSheet("Обладнання та використання");
      Map<String, Row> rows = rowsBy(items, "Інвентарний номер");
      assertThat(rows).containsOnlyKeys("Н-1", "Н-2", "Н-3", "Н-5");
      Row laptop = rows.get("Н-1");
      assertThat(number(laptop, items, "Заняття")).isEqualTo(2);
      assertThat(number(laptop, items, "Години навчання")).isEqualTo(2.5);
      assertThat(number(laptop, items, "Відвідування")).isEqualTo(8);
      assertThat(text(rows.get("Н-3"), items, "Перевірку прострочено")).isEqualTo("так");
      // One donor's items: the funding source is in the caption, not a column saying it again.
      assertThat(items.getRow(0))
          .extracting(c -> c.getStringCellValue())
          .doesNotContain("Джерело фінансування");
      Sheet overdue = book.getSheet("Прострочені перевірки");
      assertThat(rowsBy(overdue, "Інвентарний номер")).containsOnlyKeys("Н-5", "Н-3");
      Sheet byHub = book.getSheet("Використання за хабами");
      assertThat(Workbooks.total(book, "Використання за хабами", "Заняття")).isEqualTo(3);
      assertThat(rowsBy(byHub, "Код хабу")).containsKeys(first.code(), second.code());
    }
  }

  @Test
  void aPastPeriodShowsEachItemAsItWasAtItsEnd() throws Exception {
    Quarter past = Quarter.containing(TODAY).previous();
    LocalDate checkedThen = past.firstDay().plusDays(20);
    LocalDate repairedFrom = past.firstDay().plusDays(40);
    String funder = "Фонд " + UUID.randomUUID().toString().substring(0, 8);
    Hub hub = Fixtures.createHub(admin);
    Equipment laptop = item(hub, "П-1", EquipmentCategory.LAPTOP, funder, null);
    Equipment printer = item(hub, "П-2", EquipmentCategory.PRINTER, funder, null);
    String items = "/api/v1/hubs/" + hub.id() + "/equipment/";
    admin.post(
        items + laptop.id() + "/checks",
        "{\"date\": \"" + checkedThen + "\", \"found\": true, \"condition\": \"WORKING\"}");
    // Missed today, long after the quarter: lost now, in service then.
    admin.post(items + laptop.id() + "/checks", "{\"found\": false}");
    EquipmentRepair repair =
        admin
            .post(
                items + printer.id() + "/repairs",
                "{\"openedOn\": \"" + repairedFrom + "\", \"problem\": \"Зминає папір\"}")
            .as(EquipmentRepair.class);
    admin.put(items + printer.id() + "/repairs/" + repair.id(), "{\"workDone\": \"Новий ролик\"}");
    String quarter = "&from=" + past.firstDay() + "&to=" + past.lastDay();

    EquipmentDataset then = report(admin, "funding=" + encode(funder) + quarter);
    assertThat(then.asOf()).isEqualTo(past.lastDay());
    Map<String, EquipmentUse> asItWas = byNumber(then.items());
    assertThat(asItWas.get("П-1").status()).isEqualTo(EquipmentStatus.IN_SERVICE);
    assertThat(asItWas.get("П-1").statusSince()).isEqualTo(laptop.acquiredOn());
    assertThat(asItWas.get("П-1").lastCheckedOn()).isEqualTo(checkedThen);
    assertThat(asItWas.get("П-1").overdue()).isFalse();
    assertThat(asItWas.get("П-2").status()).isEqualTo(EquipmentStatus.UNDER_REPAIR);
    assertThat(asItWas.get("П-2").statusSince()).isEqualTo(repairedFrom);
    assertThat(then.needingAttention()).extracting(i -> i.inventoryNumber()).containsExactly("П-2");
    assertThat(then.groups(Dimension.WHOLE).get(0).inService()).isEqualTo(1);

    EquipmentDataset now =
        report(admin, "funding=" + encode(funder) + "&from=" + TODAY + "&to=" + TODAY);
    assertThat(byNumber(now.items()).get("П-1").status()).isEqualTo(EquipmentStatus.LOST);
    assertThat(byNumber(now.items()).get("П-2").status()).isEqualTo(EquipmentStatus.IN_SERVICE);

    // The workbooks say the same: the donor's equipment workbook and the quarterly one.
    HttpResponse<byte[]> download =
        admin
            .with("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .download("/api/v1/reports/equipment?funding=" + encode(funder) + quarter);
    try (XSSFWorkbook book = Workbooks.open(download.body())) {
      Sheet sheet = book.getSheet("Обладнання та використання");
      Map<String, Row> rows = rowsBy(sheet, "Інвентарний номер");
      assertThat(text(rows.get("П-1"), sheet, "Стан")).isEqualTo("Справне, у роботі");
      assertThat(text(rows.get("П-2"), sheet, "Стан")).isEqualTo("На ремонті");
    }
    ApiResponse quarterly =
        admin.get("/api/v1/reports/quarterly?year=" + past.year() + "&quarter=" + past.quarter());
    assertThat(quarterly.status()).as(quarterly.toString()).isEqualTo(200);
    EquipmentDataset quarterEquipment = quarterly.as(QuarterlyDataset.class).equipment();
    assertThat(quarterEquipment.items())
        .filteredOn(i -> i.hub().code().equals(hub.code()))
        .extracting(EquipmentUse::inventoryNumber, EquipmentUse::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("П-1", EquipmentStatus.IN_SERVICE),
            org.assertj.core.groups.Tuple.tuple("П-2", EquipmentStatus.UNDER_REPAIR));
    // And so does the hub's own report, of that quarter and of today.
    ApiResponse hubReport =
        admin.get("/api/v1/hubs/" + hub.id() + "/report?" + quarter.substring(1));
    assertThat(hubReport.status()).as(hubReport.toString()).isEqualTo(200);
    assertThat(hubReport.as(HubDataset.class).equipment())
        .extracting(
            EquipmentItem::inventoryNumber, EquipmentItem::status, EquipmentItem::lastCheckedOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("П-1", EquipmentStatus.IN_SERVICE, checkedThen),
            org.assertj.core.groups.Tuple.tuple("П-2", EquipmentStatus.UNDER_REPAIR, null));
    assertThat(
            admin
                .get("/api/v1/hubs/" + hub.id() + "/report?from=" + TODAY + "&to=" + TODAY)
                .as(HubDataset.class)
                .equipment())
        .extracting(EquipmentItem::inventoryNumber, EquipmentItem::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("П-1", EquipmentStatus.LOST),
            org.assertj.core.groups.Tuple.tuple("П-2", EquipmentStatus.IN_SERVICE));
  }

  /**
   * A period of whole months is read from the use kept per hub and month: after sessions are moved
   * to another month and given other items, and an item changes category and donor, the kept use of
   * every item and group equals the use counted from the sessions, for the country, an oblast, one
   * hub and one donor, in one snapshot.
   */
  @Test
  void theUseKeptPerMonthEqualsTheUseCountedFromTheSessions() {
    Session moved = session(first, FROM.plusDays(1), 50, 6, laptop2);
    Session edited =
        new Session(
            moved.id(),
            first.id(),
            TODAY,
            moved.startTime(),
            70,
            moved.kind(),
            moved.format(),
            moved.title(),
            moved.topics(),
            moved.trainer(),
            null,
            List.of(laptop1.id(), projector.id()),
            moved.attendees(),
            null,
            moved.version(),
            null,
            null);
    ApiResponse put = admin.put(sessionPath(first, moved), edited);
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    Equipment projectorNow =
        admin
            .get("/api/v1/hubs/" + first.id() + "/equipment/" + projector.id())
            .as(Equipment.class);
    Equipment recategorized =
        new Equipment(
            projectorNow.id(),
            projectorNow.hubId(),
            projectorNow.inventoryNumber(),
            EquipmentCategory.TABLET,
            projectorNow.model(),
            projectorNow.serialNumber(),
            donor + " (друга програма)",
            projectorNow.acquiredOn(),
            null,
            null,
            projectorNow.lastCheckedOn(),
            projectorNow.notes(),
            projectorNow.version(),
            null,
            null);
    ApiResponse changed =
        admin.put("/api/v1/hubs/" + first.id() + "/equipment/" + projector.id(), recategorized);
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

    LocalDate from = FROM.withDayOfMonth(1);
    LocalDate to = TODAY.withDayOfMonth(TODAY.lengthOfMonth());
    List<EquipmentScope> scopes =
        List.of(
            EquipmentScope.of(from, to, null),
            EquipmentScope.of(from, to, first.oblast()),
            new EquipmentScope(from, to, null, null, java.util.Set.of(first.id())),
            new EquipmentScope(from, to, null, donor, null));
    List<UUID> ours = List.of(laptop1.id(), laptop2.id(), projector.id(), tablet.id());
    for (EquipmentScope scope : scopes) {
      assertThat(UseTally.wholeMonths(scope)).isTrue();
      service
          .jdbi()
          .useTransaction(
              org.jdbi.v3.core.transaction.TransactionIsolationLevel.REPEATABLE_READ,
              handle -> {
                EquipmentUseDao dao = handle.attach(EquipmentUseDao.class);
                UseTally kept = UseTally.kept(dao, scope);
                UseTally counted = UseTally.counted(dao, scope);
                for (UUID id : ours) {
                  assertThat(kept.item(id)).as("item, " + scope).isEqualTo(counted.item(id));
                }
                for (Dimension dimension : Dimension.values()) {
                  assertThat(kept.slices(dimension))
                      .as(dimension + ", " + scope)
                      .isEqualTo(counted.slices(dimension));
                }
              });
    }
    // As the report shows it: the projector now counts under tablets and its new donor.
    EquipmentDataset report =
        report(admin, "funding=" + encode(donor) + "&from=" + from + "&to=" + to);
    assertThat(byNumber(report.items())).containsOnlyKeys("Н-1", "Н-2", "Н-5");
    // Laptop 1: the sessions of FROM and ten days ago, the one moved to today and, when FROM is not
    // the first of its month, the one the day before FROM.
    boolean dayBeforeCounts = FROM.getDayOfMonth() > 1;
    EquipmentUse laptop = byNumber(report.items()).get("Н-1");
    assertThat(laptop.sessions()).isEqualTo(dayBeforeCounts ? 4 : 3);
    assertThat(laptop.attendances()).isEqualTo(5 + 3 + 6 + (dayBeforeCounts ? 9 : 0));
  }

  private static String period() {
    return "&from=" + FROM + "&to=" + TODAY;
  }

  private static Map<String, Row> rowsBy(Sheet sheet, String header) {
    int column = Workbooks.column(sheet, header);
    DataFormatter format = new DataFormatter();
    Map<String, Row> rows = new java.util.LinkedHashMap<>();
    for (Row row : sheet) {
      if (row.getRowNum() > 0 && row.getCell(column) != null) {
        String key = format.formatCellValue(row.getCell(column));
        if (!key.isBlank()) {
          rows.put(key, row);
        }
      }
    }
    return rows;
  }

  private static double number(Row row, Sheet sheet, String header) {
    return row.getCell(Workbooks.column(sheet, header)).getNumericCellValue();
  }

  private static String text(Row row, Sheet sheet, String header) {
    return row.getCell(Workbooks.column(sheet, header)).getStringCellValue();
  }

  private static void assertUse(EquipmentUse item, long sessions, double hours, long attendances) {
    assertThat(item.sessions()).as(item.inventoryNumber() + " sessions").isEqualTo(sessions);
    assertThat(item.trainingHours()).as(item.inventoryNumber() + " hours").isEqualTo(hours);
    assertThat(item.attendances())
        .as(item.inventoryNumber() + " attendances")
        .isEqualTo(attendances);
  }

  private static void assertGroup(
      EquipmentDataset report,
      Dimension dimension,
      String key,
      long sessions,
      double hours,
      long attendances) {
    EquipmentUseGroup group =
        report.groups(dimension).stream()
            .filter(g -> java.util.Objects.equals(g.key(), key))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No group " + dimension + " " + key));
    assertThat(group.sessions()).as(dimension + " " + key + " sessions").isEqualTo(sessions);
    assertThat(group.trainingHours()).as(dimension + " " + key + " hours").isEqualTo(hours);
    assertThat(group.attendances())
        .as(dimension + " " + key + " attendances")
        .isEqualTo(attendances);
  }

  private static Map<String, EquipmentUse> byNumber(List<EquipmentUse> items) {
    return items.stream()
        .collect(Collectors.toMap(EquipmentUse::inventoryNumber, Function.identity()));
  }

  private static EquipmentDataset report(Api api, String query) {
    ApiResponse response = api.get("/api/v1/reports/equipment?" + query);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.as(EquipmentDataset.class);
  }

  private Equipment item(
      Hub hub, String number, EquipmentCategory category, String funding, LocalDate checked) {
    return Fixtures.createEquipment(
        admin,
        hub,
        new Equipment(
            null,
            null,
            number,
            category,
            "Модель " + number,
            null,
            funding,
            TODAY.minusYears(2),
            null,
            null,
            checked,
            null,
            null,
            null,
            null));
  }

  private Session session(Hub hub, LocalDate date, int minutes, int attendees, Equipment... used) {
    Session template = Fixtures.session(date, attendees);
    Session sent =
        new Session(
            null,
            null,
            date,
            template.startTime(),
            minutes,
            template.kind(),
            template.format(),
            template.title(),
            template.topics(),
            template.trainer(),
            null,
            java.util.Arrays.stream(used).map(Equipment::id).toList(),
            template.attendees(),
            null,
            null,
            null);
    return Fixtures.created(
        admin.post("/api/v1/hubs/" + hub.id() + "/sessions", sent), Session.class);
  }

  private static String sessionPath(Hub hub, Session session) {
    return "/api/v1/hubs/" + hub.id() + "/sessions/" + session.id();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
