package org.hubops.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.Language;
import org.hubops.model.TopicArea;
import org.hubops.model.report.Completeness;
import org.hubops.model.report.DataIssue;
import org.hubops.model.report.Figures;
import org.hubops.model.report.HubFigures;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.report.RegionFigures;
import org.hubops.model.report.TopicFigures;
import org.junit.jupiter.api.Test;

class QuarterlyWorkbookTest {

  private static final Language UK = Language.UK;
  private final QuarterlyDataset dataset = Fixture.dataset();

  static byte[] write(Language language, int maxRows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new QuarterlyWorkbook(language, maxRows)
        .write(Fixture.dataset(), Fixture.lines().iterator(), out);
    return out.toByteArray();
  }

  private static XSSFWorkbook ukrainian() throws IOException {
    return Read.workbook(write(UK, QuarterlyWorkbook.EXCEL_MAX_ROWS));
  }

  private static String uk(Text text) {
    return text.label(UK);
  }

  @Test
  void theReportingSheetCountsWhoSubmittedPerOblastAndListsTheMissingHubs() throws IOException {
    Completeness reported =
        new Completeness(
            Fixture.QUARTER,
            null,
            Fixture.QUARTER.lastDay().plusDays(10),
            5,
            3,
            2,
            1,
            1,
            1,
            1,
            List.of(
                new Completeness.OblastCompleteness("UA-46", 3, 2, 1, 1, 1, 0, 1),
                new Completeness.OblastCompleteness("UA-32", 2, 1, 1, 0, 0, 1, 0)),
            List.of(
                new Completeness.RaionCompleteness(
                    "UA-46", "UA46060000000042345", "Львівський", 2, 2, 1, 1, 1, 0, 0),
                new Completeness.RaionCompleteness("UA-46", null, null, 1, 0, 0, 0, 0, 0, 1),
                new Completeness.RaionCompleteness(
                    "UA-32", "UA32080000000063427", "Бучанський", 2, 1, 1, 0, 0, 1, 0)),
            List.of(
                new Completeness.MissingHub(
                    "LV-0042",
                    "Бібліотека села Гаї",
                    "UA-46",
                    List.of(),
                    LocalDate.of(2026, 6, 3))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new QuarterlyWorkbook(UK)
        .write(
            () -> Fixture.dataset().withCompleteness(reported),
            Fixture.dataset().oblasts(),
            Fixture.lines().iterator(),
            out);

    try (XSSFWorkbook workbook = Read.workbook(out.toByteArray())) {
      Sheet sheet = workbook.getSheet(uk(Text.SHEET_COMPLETENESS));
      int expected = Read.column(sheet, uk(Text.EXPECTED));
      int missing = Read.column(sheet, uk(Text.MISSING));
      Row lviv = Read.row(sheet, Read.column(sheet, uk(Text.OBLAST)), "Львівська");
      assertThat(Read.number(lviv, expected)).isEqualTo(3);
      assertThat(Read.number(lviv, missing)).isEqualTo(1);
      assertThat(Read.number(Read.totals(sheet), expected)).isEqualTo(5);
      assertThat(Read.number(Read.totals(sheet), Read.column(sheet, uk(Text.RETURNED))))
          .isEqualTo(1);
      Sheet absent = workbook.getSheet(uk(Text.SHEET_MISSING));
      assertThat(Read.dataRows(absent, false)).hasSize(1);
      assertThat(Read.row(absent, 0, "LV-0042").getCell(2).getStringCellValue())
          .isEqualTo("Львівська");
      assertThat(workbook.getSheetIndex(sheet)).isEqualTo(1);
      Sheet raions = workbook.getSheet(uk(Text.SHEET_COMPLETENESS_BY_RAION));
      int raion = Read.column(raions, uk(Text.RAION));
      int raionExpected = Read.column(raions, uk(Text.EXPECTED));
      int raionMissing = Read.column(raions, uk(Text.MISSING));
      assertThat(Read.number(Read.row(raions, raion, "Львівський"), raionExpected)).isEqualTo(2);
      assertThat(Read.number(Read.row(raions, raion, uk(Text.NO_RAION)), raionMissing))
          .isEqualTo(1);
      assertThat(Read.number(Read.totals(raions), raionExpected)).isEqualTo(5);
    }
  }

  @Test
  void withoutCompletenessThereIsNoReportingSheet() throws IOException {
    try (XSSFWorkbook workbook = ukrainian()) {
      assertThat(workbook.getSheet(uk(Text.SHEET_COMPLETENESS))).isNull();
    }
  }

  @Test
  void fixtureHasTheFiguresItsDefinitionPromises() {
    Figures all = dataset.current().figures();

    assertThat(all.sessions()).isEqualTo(5);
    assertThat(all.attendances().total()).isEqualTo(10);
    assertThat(all.attendances().count(Gender.FEMALE)).isEqualTo(6);
    assertThat(all.uniqueParticipants().total()).isEqualTo(6);
    assertThat(all.trainingMinutes()).isEqualTo(345);
  }

  @Test
  void summaryShowsHeadlineFiguresWithQuarterOverQuarterChange() throws IOException {
    try (XSSFWorkbook workbook = ukrainian()) {
      Sheet summary = workbook.getSheet(uk(Text.SHEET_SUMMARY));
      Figures now = dataset.current().figures();
      Figures before = dataset.previous().figures();

      Row attendances = Read.row(summary, 0, uk(Text.ATTENDANCES));
      assertThat(Read.number(attendances, 1)).isEqualTo(10);
      assertThat(Read.number(attendances, 2)).isEqualTo(before.attendances().total());
      assertThat(attendances.getCell(3).getCellFormula())
          .isEqualTo("B%1$d-C%1$d".formatted(attendances.getRowNum() + 1));
      assertThat(Read.number(attendances, 3)).isEqualTo(10 - before.attendances().total());
      assertThat(Read.number(attendances, 4))
          .isCloseTo(10.0 / before.attendances().total() - 1, within(1e-9));
      assertThat(Read.number(Read.row(summary, 0, uk(Text.TRAINING_HOURS)), 1)).isEqualTo(5.75);
      assertThat(Read.number(Read.row(summary, 0, uk(Text.UNIQUE_PARTICIPANTS)), 1)).isEqualTo(6);
      assertThat(Read.number(Read.row(summary, 0, uk(Text.ACTIVE_HUBS)), 1)).isEqualTo(4);
      assertThat(Read.number(Read.row(summary, 0, uk(Text.REPORTING_HUBS)), 1)).isEqualTo(3);
      assertThat(Read.number(Read.row(summary, 0, uk(Text.IDP)), 1))
          .isEqualTo(now.attendances().idp());
      assertThat(Read.number(Read.row(summary, 0, uk(Text.VETERANS)), 1)).isEqualTo(2);
      assertThat(Read.number(Read.row(summary, 0, uk(Text.DISABILITY)), 1)).isEqualTo(2);
      assertThat(Read.number(Read.row(summary, 0, "   " + Gender.FEMALE.labelUk()), 1))
          .isEqualTo(6);
      assertThat(Read.number(Read.row(summary, 0, AgeBand.AGE_70_PLUS.labelUk()), 1))
          .as("women aged 70+: one attendance")
          .isEqualTo(1);
      assertThat(Read.number(Read.row(summary, 0, AgeBand.AGE_70_PLUS.labelUk()), 4))
          .as("everyone aged 70+")
          .isEqualTo(2);
    }
  }

  @Test
  void summarySplitsUrbanAndRuralWithLiveSumsOverTheHubSheet() throws IOException {
    try (XSSFWorkbook workbook = ukrainian()) {
      Sheet summary = workbook.getSheet(uk(Text.SHEET_SUMMARY));
      Row urban = Read.row(summary, 0, uk(Text.URBAN));
      Row rural = Read.row(summary, 0, uk(Text.RURAL));

      assertThat(Read.number(urban, 1)).as("city and town hubs").isEqualTo(2);
      assertThat(Read.number(rural, 1)).as("village hubs").isEqualTo(2);
      assertThat(Read.number(urban, 4)).as("urban attendances").isEqualTo(3 + 2 + 4);
      assertThat(Read.number(rural, 4)).as("rural attendances").isEqualTo(1);
      assertThat(urban.getCell(4).getCellFormula())
          .startsWith("SUMIF('" + uk(Text.SHEET_BY_HUB) + "'!");
    }
  }

  @Test
  void regionHubAndSessionSheetsAgreeWithTheSummary() throws IOException {
    try (XSSFWorkbook workbook = Read.workbook(write(UK, 4))) {
      Sheet regions = workbook.getSheet(uk(Text.SHEET_BY_REGION));
      Sheet hubs = workbook.getSheet(uk(Text.SHEET_BY_HUB));
      List<Sheet> sessions = Read.parts(workbook, uk(Text.SHEET_SESSIONS));
      Sheet summary = workbook.getSheet(uk(Text.SHEET_SUMMARY));

      List<String> shared =
          List.of(
              uk(Text.TRAINING_HOURS),
              uk(Text.ATTENDANCES),
              Gender.FEMALE.labelUk(),
              Gender.MALE.labelUk(),
              Gender.UNDISCLOSED.labelUk(),
              AgeBand.AGE_30_39.labelUk(),
              AgeBand.UNKNOWN.labelUk(),
              uk(Text.IDP),
              uk(Text.DISABILITY),
              uk(Text.VETERANS));
      for (String header : shared) {
        double region = Read.number(Read.totals(regions), Read.column(regions, header));
        double hub = Read.number(Read.totals(hubs), Read.column(hubs, header));
        double detail =
            sessions.stream()
                .mapToDouble(s -> Read.number(Read.totals(s), Read.column(s, header)))
                .sum();
        assertThat(hub).as(header).isEqualTo(region);
        assertThat(detail).as(header).isEqualTo(region);
      }
      double attendances =
          Read.number(Read.totals(regions), Read.column(regions, uk(Text.ATTENDANCES)));
      assertThat(attendances).isEqualTo(Read.number(Read.row(summary, 0, uk(Text.ATTENDANCES)), 1));
      double sessionRows = sessions.stream().mapToInt(s -> Read.dataRows(s, true).size()).sum();
      assertThat(Read.number(Read.totals(hubs), Read.column(hubs, uk(Text.SESSIONS))))
          .isEqualTo(sessionRows)
          .isEqualTo(5);
      assertThat(Read.number(Read.totals(hubs), Read.column(hubs, uk(Text.UNIQUE_PARTICIPANTS))))
          .isEqualTo(
              Read.number(Read.totals(regions), Read.column(regions, uk(Text.UNIQUE_PARTICIPANTS))))
          .isEqualTo(6);
    }
  }

  @Test
  void everyFigureOfEveryRegionHubAndTopicIsOnItsRow() throws IOException {
    try (XSSFWorkbook workbook = ukrainian()) {
      Sheet regions = workbook.getSheet(uk(Text.SHEET_BY_REGION));
      for (RegionFigures region : dataset.regions()) {
        Row row = Read.row(regions, 0, region.oblast().code());
        assertThat(Read.number(row, Read.column(regions, uk(Text.ACTIVE_HUBS))))
            .isEqualTo(region.activeHubs());
        assertFigures(regions, row, region.figures());
      }
      Sheet hubs = workbook.getSheet(uk(Text.SHEET_BY_HUB));
      assertThat(Read.dataRows(hubs, true)).as("every active hub, also the silent one").hasSize(4);
      for (HubFigures hub : dataset.hubs()) {
        assertFigures(hubs, Read.row(hubs, 0, hub.hub().code()), hub.figures());
      }
      Sheet topics = workbook.getSheet(uk(Text.SHEET_TOPICS));
      for (TopicFigures topic : dataset.topics()) {
        assertFigures(topics, Read.row(topics, 0, topic.topic().code()), topic.figures());
      }
      assertThat(Read.number(Read.row(topics, 0, "E.1"), Read.column(topics, uk(Text.SESSIONS))))
          .as("three sessions taught Diia")
          .isEqualTo(3);
    }
  }

  private static void assertFigures(Sheet sheet, Row row, Figures figures) {
    assertThat(Read.number(row, Read.column(sheet, uk(Text.SESSIONS))))
        .isEqualTo(figures.sessions());
    assertThat(Read.number(row, Read.column(sheet, uk(Text.TRAINING_HOURS))))
        .isEqualTo(figures.trainingHours());
    assertThat(Read.number(row, Read.column(sheet, uk(Text.ATTENDANCES))))
        .isEqualTo(figures.attendances().total());
    for (Gender gender : Gender.values()) {
      assertThat(Read.number(row, Read.column(sheet, gender.labelUk())))
          .isEqualTo(figures.attendances().count(gender));
    }
    for (AgeBand band : AgeBand.values()) {
      assertThat(Read.number(row, Read.column(sheet, band.labelUk())))
          .isEqualTo(figures.attendances().count(band));
    }
    assertThat(Read.number(row, Read.column(sheet, uk(Text.IDP))))
        .isEqualTo(figures.attendances().idp());
    assertThat(Read.number(row, Read.column(sheet, uk(Text.UNIQUE_PARTICIPANTS))))
        .isEqualTo(figures.uniqueParticipants().total());
  }

  @Test
  void totalsAreLiveSumFormulasCarryingTheirValues() throws IOException {
    try (XSSFWorkbook workbook = ukrainian()) {
      for (Text name :
          List.of(
              Text.SHEET_BY_REGION, Text.SHEET_BY_HUB, Text.SHEET_SESSIONS, Text.SHEET_EQUIPMENT)) {
        Sheet sheet = workbook.getSheet(uk(name));
        Row totals = Read.totals(sheet);
        assertThat(totals.getCell(0).getStringCellValue()).isEqualTo(uk(Text.TOTAL));
        int formulas = 0;
        for (Cell cell : totals) {
          if (cell.getCellType() == CellType.FORMULA) {
            formulas++;
            double above =
                Read.dataRows(sheet, true).stream()
                    .mapToDouble(r -> r.getCell(cell.getColumnIndex()).getNumericCellValue())
                    .sum();
            assertThat(cell.getCellFormula()).as(name + " " + cell.getAddress()).startsWith("SUM(");
            assertThat(cell.getNumericCellValue())
                .as(name + " " + cell.getAddress())
                .isCloseTo(above, within(1e-9));
          }
        }
        assertThat(formulas).as(name.labelEn()).isGreaterThan(5);
      }
    }
  }

  @Test
  void summaryCarriesNativeChartsOfMonthsBySexAndOfOblasts() throws IOException {
    try (XSSFWorkbook workbook = ukrainian()) {
      XSSFSheet summary = workbook.getSheet(uk(Text.SHEET_SUMMARY));
      List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();

      assertThat(charts).hasSize(2);
      XSSFChart months = charts.get(0);
      assertThat(months.getTitleText().getString()).isEqualTo(uk(Text.CHART_MONTHS));
      assertThat(months.getChartSeries().get(0).getSeriesCount()).isEqualTo(Gender.values().length);
      assertThat(months.getChartSeries().get(0).getSeries(0).getValuesData().getPointCount())
          .isEqualTo(3);
      XSSFChart oblasts = charts.get(1);
      assertThat(oblasts.getTitleText().getString()).isEqualTo(uk(Text.CHART_OBLASTS));
      assertThat(
              oblasts.getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference())
          .startsWith("'" + uk(Text.SHEET_BY_REGION) + "'!");
      assertThat(oblasts.getChartSeries().get(0).getSeries(0).getValuesData().getPointCount())
          .as("the oblasts with attendances; Odesa had none")
          .isEqualTo(dataset.regions().size() - 1);
      Sheet regions = workbook.getSheet(uk(Text.SHEET_BY_REGION));
      assertThat(Read.dataRows(regions, true))
          .as("the table keeps every oblast, most attendances first")
          .extracting(r -> r.getCell(0).getStringCellValue())
          .containsExactly("UA-46", "UA-32", "UA-51");
      assertThat(Read.allText(workbook)).contains(uk(Text.CHART_OBLASTS_EMPTY_LEFT_OUT));
    }
  }

  @Test
  void topicsNameTheirDigCompAreaAndDefinitionsReadAcrossTheirRow() throws IOException {
    try (XSSFWorkbook workbook = ukrainian()) {
      Sheet topics = workbook.getSheet(uk(Text.SHEET_TOPICS));
      Row browsing = Read.row(topics, 0, "1.1");
      assertThat(browsing.getCell(Read.column(topics, uk(Text.TOPIC_AREA))).getStringCellValue())
          .isEqualTo(TopicArea.INFORMATION.labelUk());
      assertThat(Read.row(topics, 0, "E.1").getCell(1).getStringCellValue())
          .isEqualTo(TopicArea.PRACTICAL.labelUk());

      Sheet definitions = workbook.getSheet(uk(Text.SHEET_DEFINITIONS));
      for (Row row : Read.dataRows(definitions, false)) {
        assertThat(row.getCell(0).getCellStyle().getVerticalAlignment())
            .as("the term beside the first line of its meaning")
            .isEqualTo(VerticalAlignment.TOP);
        assertThat(row.getCell(1).getCellStyle().getVerticalAlignment())
            .isEqualTo(VerticalAlignment.TOP);
      }
    }
  }

  @Test
  void textThatLooksLikeAFormulaStaysText() throws IOException {
    try (XSSFWorkbook workbook = ukrainian()) {
      Sheet hubs = workbook.getSheet(uk(Text.SHEET_BY_HUB));
      Cell name = Read.row(hubs, 0, Fixture.VILLAGE_HUB.code()).getCell(1);
      Cell plus = Read.row(hubs, 0, Fixture.SILENT_HUB.code()).getCell(1);
      Sheet repairs = workbook.getSheet(uk(Text.SHEET_NEEDS_ATTENTION));
      Cell model =
          Read.row(repairs, Read.column(repairs, uk(Text.INVENTORY_NUMBER)), "INV-007")
              .getCell(Read.column(repairs, uk(Text.MODEL)));

      for (Cell cell : List.of(name, plus, model)) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
      }
      assertThat(name.getStringCellValue()).isEqualTo(Fixture.INJECTED_NAME);
      assertThat(model.getStringCellValue()).isEqualTo(Fixture.INJECTED_MODEL);
    }
  }

  @Test
  void sessionDetailContinuesOnFurtherSheetsPastTheRowLimit() throws IOException {
    try (XSSFWorkbook workbook = Read.workbook(write(UK, 4))) {
      List<Sheet> parts = Read.parts(workbook, uk(Text.SHEET_SESSIONS));

      assertThat(parts)
          .extracting(Sheet::getSheetName)
          .containsExactly("Заняття", "Заняття (2)", "Заняття (3)");
      assertThat(parts).allSatisfy(part -> assertThat(part.getLastRowNum()).isLessThan(4));
      assertThat(workbook.getSheetIndex("Заняття (2)"))
          .isEqualTo(workbook.getSheetIndex("Заняття") + 1);
      assertThat(Read.parts(workbook, uk(Text.SHEET_BY_HUB)))
          .as("short sheets are not split")
          .hasSize(1);
    }
  }

  @Test
  void dataQualityListsSilentHubsHubsOnRetiredCodesEmptySessionsAndLateEntries()
      throws IOException {
    try (XSSFWorkbook workbook = ukrainian()) {
      Sheet quality = workbook.getSheet(uk(Text.SHEET_DATA_QUALITY));

      assertThat(Read.dataRows(quality, false))
          .extracting(
              r -> r.getCell(0).getStringCellValue() + " " + r.getCell(1).getStringCellValue())
          .containsExactly(
              DataIssue.HUB_WITHOUT_SESSIONS.labelUk() + " OD-0004",
              DataIssue.HUB_ON_RETIRED_CODE.labelUk() + " KV-0003",
              DataIssue.LATE_ENTRY.labelUk() + " LV-0001",
              DataIssue.SESSION_WITHOUT_ATTENDEES.labelUk() + " LV-0002");
      Row late = Read.row(quality, 0, DataIssue.LATE_ENTRY.labelUk());
      assertThat(Read.number(late, Read.column(quality, uk(Text.DAYS_TO_RECORD)))).isEqualTo(15);
      Sheet sessions = workbook.getSheet(uk(Text.SHEET_SESSIONS));
      int lateColumn = Read.column(sessions, uk(Text.LATE_ENTRY));
      assertThat(Read.dataRows(sessions, true))
          .filteredOn(r -> r.getCell(lateColumn).getStringCellValue().equals(uk(Text.YES)))
          .hasSize(1);
    }
  }

  @Test
  void englishOptionLabelsSheetsHeadersAndValuesInEnglish() throws IOException {
    try (XSSFWorkbook workbook =
        Read.workbook(write(Language.EN, QuarterlyWorkbook.EXCEL_MAX_ROWS))) {
      assertThat(workbook)
          .extracting(Sheet::getSheetName)
          .containsExactly(
              "Summary",
              "By region",
              "By raion",
              "By hub",
              "Topics",
              "Equipment by category",
              "Equipment",
              "Needs attention",
              "Sessions",
              "Data quality",
              "Definitions");
      Sheet hubs = workbook.getSheet("By hub");
      assertThat(Read.number(Read.totals(hubs), Read.column(hubs, "Female"))).isEqualTo(6);
      assertThat(
              Read.row(hubs, 0, "LV-0001")
                  .getCell(Read.column(hubs, "Oblast"))
                  .getStringCellValue())
          .isEqualTo("Lviv");
      assertThat(Read.row(workbook.getSheet("Summary"), 0, "Urban")).isNotNull();
      assertThat(workbook.getProperties().getCoreProperties().getTitle())
          .isEqualTo("Digital Education Hubs: quarterly report, 2026-Q3");
    }
  }

  @Test
  void noPersonalDataAppearsAnywhere() throws IOException {
    for (Language language : Language.values()) {
      try (XSSFWorkbook workbook = Read.workbook(write(language, 4))) {
        List<String> texts = Read.allText(workbook);
        for (Fixture.Person person : Fixture.PEOPLE) {
          assertThat(texts)
              .noneMatch(
                  t ->
                      t.contains(person.fullName())
                          || t.contains(person.phone())
                          || t.equals(person.code()));
        }
        assertThat(texts).noneMatch(t -> t.contains(Fixture.TRAINER));
      }
    }
  }

  @Test
  void everySheetHasFrozenHeaderFilterAndLandscapePrintSetUp() throws IOException {
    try (XSSFWorkbook workbook = ukrainian()) {
      assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo("HubOps");
      for (Sheet sheet : workbook) {
        assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth())
            .as(sheet.getSheetName())
            .isEqualTo((short) 1);
        if (sheet != workbook.getSheetAt(0)) {
          assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
              .as(sheet.getSheetName())
              .isEqualTo((short) 1);
          assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter())
              .as(sheet.getSheetName())
              .isTrue();
          assertThat(sheet.getRepeatingRows().formatAsString())
              .as(sheet.getSheetName())
              .isEqualTo("1:1");
          assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFillForegroundColor())
              .as(sheet.getSheetName())
              .isNotZero();
        }
      }
    }
  }
}
