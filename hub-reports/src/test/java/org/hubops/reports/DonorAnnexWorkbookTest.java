package org.hubops.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Language;
import org.hubops.model.report.EquipmentCount;
import org.hubops.model.report.EquipmentDataset;
import org.hubops.model.report.EquipmentItem;
import org.hubops.model.report.EquipmentUse;
import org.hubops.model.report.EquipmentUseGroup;
import org.hubops.model.report.EquipmentUseGroup.Dimension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A donor's equipment annex: the equipment workbook of one funding source, read back with POI as
 * its reader would, and opened in LibreOffice, which recalculates its totals and prints it without
 * a cut or hashed cell. With {@code -Dhubops.pictures=DIR} the PDF is kept there to be looked at.
 */
class DonorAnnexWorkbookTest {

  static final String DONOR = "USAID «Дія.Цифрова освіта»";
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 9, 30);

  @TempDir Path work;

  /** Three items at two hubs: one used, one never used, one under repair and overdue. */
  static EquipmentDataset annex() {
    EquipmentUse laptop =
        use(
            Fixture.CITY_HUB,
            "ІНВ-0001",
            EquipmentCategory.LAPTOP,
            EquipmentStatus.IN_SERVICE,
            LocalDate.of(2026, 3, 2),
            false,
            14,
            21.5,
            163,
            0);
    EquipmentUse projector =
        use(
            Fixture.CITY_HUB,
            "ІНВ-0002",
            EquipmentCategory.PROJECTOR,
            EquipmentStatus.UNDER_REPAIR,
            null,
            true,
            3,
            4.5,
            41,
            37);
    EquipmentUse tablet =
        use(
            Fixture.TOWN_HUB,
            "ІНВ-0107",
            EquipmentCategory.TABLET,
            EquipmentStatus.IN_SERVICE,
            LocalDate.of(2025, 12, 1),
            false,
            0,
            0,
            0,
            0);
    List<EquipmentUse> items = List.of(laptop, projector, tablet);
    List<EquipmentUseGroup> groups =
        List.of(
            group(Dimension.WHOLE, null, 3, 2, 1, 1, 15, 24, 180, 37),
            group(Dimension.HUB, Fixture.CITY_HUB.code(), 2, 1, 0, 1, 15, 24, 180, 37),
            group(Dimension.HUB, Fixture.TOWN_HUB.code(), 1, 1, 1, 0, 0, 0, 0, 0),
            group(Dimension.OBLAST, "UA-46", 2, 1, 0, 1, 15, 24, 180, 37),
            group(Dimension.OBLAST, "UA-32", 1, 1, 1, 0, 0, 0, 0, 0),
            group(Dimension.CATEGORY, "LAPTOP", 1, 1, 0, 0, 14, 21.5, 163, 0),
            group(Dimension.CATEGORY, "PROJECTOR", 1, 0, 0, 1, 3, 4.5, 41, 37),
            group(Dimension.CATEGORY, "TABLET", 1, 1, 1, 0, 0, 0, 0, 0),
            group(Dimension.FUNDING, DONOR, 3, 2, 1, 1, 15, 24, 180, 37));
    List<EquipmentCount> counts =
        List.of(
            new EquipmentCount(
                Fixture.CITY_HUB, EquipmentCategory.LAPTOP, EquipmentStatus.IN_SERVICE, 1),
            new EquipmentCount(
                Fixture.CITY_HUB, EquipmentCategory.PROJECTOR, EquipmentStatus.UNDER_REPAIR, 1),
            new EquipmentCount(
                Fixture.TOWN_HUB, EquipmentCategory.TABLET, EquipmentStatus.IN_SERVICE, 1));
    EquipmentItem away =
        new EquipmentItem(
            Fixture.CITY_HUB,
            projector.inventoryNumber(),
            projector.category(),
            projector.model(),
            projector.serialNumber(),
            DONOR,
            projector.acquiredOn(),
            projector.status(),
            projector.statusSince(),
            null);
    return new EquipmentDataset(
        TO,
        null,
        List.of(Fixture.LVIV, Fixture.KYIV),
        counts,
        List.of(away),
        FROM,
        TO,
        DONOR,
        12,
        items,
        groups);
  }

  @Test
  void theAnnexListsTheDonorsItemsTheirStateUseAndOverdueChecks() throws IOException {
    try (XSSFWorkbook book = Read.workbook(write(Language.UK))) {
      List<String> sheets = new ArrayList<>();
      book.forEach(s -> sheets.add(s.getSheetName()));
      assertThat(sheets)
          .startsWith(
              "Обладнання за категоріями",
              "Використання за категоріями",
              "Обладнання та використання",
              "Прострочені перевірки",
              "Використання за хабами",
              "Використання за областями")
          .doesNotContain("Використання за донорами");
      Sheet first = book.getSheetAt(0);
      assertThat(first.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo(
              "Уся Україна · Джерело фінансування: " + DONOR + " · Дані станом на 2026-09-30");
      assertThat(first.getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("Період 2026-01-01 – 2026-09-30");

      Sheet items = book.getSheet("Обладнання та використання");
      Row laptop = Read.row(items, Read.column(items, "Інвентарний номер"), "ІНВ-0001");
      assertThat(Read.number(laptop, Read.column(items, "Заняття"))).isEqualTo(14);
      assertThat(Read.number(laptop, Read.column(items, "Години навчання"))).isEqualTo(21.5);
      assertThat(Read.number(laptop, Read.column(items, "Відвідування"))).isEqualTo(163);
      Row projector = Read.row(items, Read.column(items, "Інвентарний номер"), "ІНВ-0002");
      assertThat(projector.getCell(Read.column(items, "Стан")).getStringCellValue())
          .isEqualTo(EquipmentStatus.UNDER_REPAIR.labelUk());
      assertThat(
              projector.getCell(Read.column(items, "Перевірку прострочено")).getStringCellValue())
          .isEqualTo("так");
      assertThat(Read.number(projector, Read.column(items, "Днів у ремонті"))).isEqualTo(37);
      assertThat(Read.dataRows(items, false)).hasSize(3);

      Sheet overdue = book.getSheet("Прострочені перевірки");
      assertThat(Read.dataRows(overdue, false))
          .extracting(
              r -> r.getCell(Read.column(overdue, "Інвентарний номер")).getStringCellValue())
          .containsExactly("ІНВ-0002");

      Sheet byHub = book.getSheet("Використання за хабами");
      assertThat(Read.number(Read.totals(byHub), Read.column(byHub, "Заняття"))).isEqualTo(15);
      assertThat(Read.number(Read.totals(byHub), Read.column(byHub, "Справні, не використані")))
          .isEqualTo(1);
      Sheet byCategory = book.getSheet("Використання за категоріями");
      Row tablets = Read.row(byCategory, 0, EquipmentCategory.TABLET.labelUk());
      assertThat(Read.number(tablets, Read.column(byCategory, "Справні, не використані")))
          .isEqualTo(1);
      Cell sessionsTotal = Read.totals(byCategory).getCell(Read.column(byCategory, "Заняття"));
      assertThat(sessionsTotal == null || sessionsTotal.getCellType() != CellType.FORMULA)
          .as("sessions of several categories do not add up: no total")
          .isTrue();
    }
  }

  /**
   * Every sheet prints on A4 landscape, one page wide, with narrow margins and its header row on
   * every page, and its text no smaller than {@link #READABLE_POINTS} once shrunk to that width;
   * the funding source, the same on every row of one donor's annex, is not a column of it.
   */
  @Test
  void theAnnexPrintsOnePageWideInReadableType() throws IOException {
    try (XSSFWorkbook book = Read.workbook(write(Language.UK))) {
      for (Sheet sheet : book) {
        String name = sheet.getSheetName();
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getLandscape()).as(name + " landscape").isTrue();
        assertThat(print.getPaperSize()).as(name + " A4").isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getFitToPage()).as(name + " fitted").isTrue();
        assertThat(print.getFitWidth()).as(name + " pages wide").isEqualTo((short) 1);
        assertThat(print.getFitHeight()).as(name + " pages tall: as many as needed").isZero();
        assertThat(sheet.getMargin(PageMargin.LEFT)).as(name + " left").isLessThanOrEqualTo(0.3);
        assertThat(sheet.getMargin(PageMargin.RIGHT)).as(name + " right").isLessThanOrEqualTo(0.3);
        CellRangeAddress repeated = sheet.getRepeatingRows();
        assertThat(repeated).as(name + " repeats its header").isNotNull();
        Row header = sheet.getRow(repeated.getLastRow());
        assertThat(header.getCell(0).getCellStyle().getFillForegroundColor())
            .as(name + ": the repeated row is the table's header")
            .isEqualTo(IndexedColors.DARK_TEAL.getIndex());
        assertThat(printedPoints(sheet))
            .as(name + ": text size once fitted to the page's width")
            .isGreaterThanOrEqualTo(READABLE_POINTS);
      }
      for (String sheet : List.of("Обладнання та використання", "Прострочені перевірки")) {
        assertThat(Read.allText(book.getSheet(sheet)))
            .as(sheet)
            .doesNotContain("Джерело фінансування", DONOR);
      }
    }
  }

  /**
   * The smallest text a donor can read on paper, in points: fine print, which the item list (an
   * item's seventeen columns across one A4 width) reaches; the other sheets print larger.
   */
  static final double READABLE_POINTS = 6.5;

  /**
   * The size the sheet's body text prints at, in points: {@code fitToWidth} shrinks the sheet's
   * columns to the page's width between its margins, and the type with them.
   */
  private static double printedPoints(Sheet sheet) {
    int last = 0;
    for (Row row : sheet) {
      last = Math.max(last, row.getLastCellNum());
    }
    double width = 0;
    for (int column = 0; column < last; column++) {
      width += sheet.getColumnWidthInPixels(column) * 0.75;
    }
    double page =
        A4_LONG_SIDE_POINTS
            - 72 * (sheet.getMargin(PageMargin.LEFT) + sheet.getMargin(PageMargin.RIGHT));
    double font = sheet.getWorkbook().getFontAt(0).getFontHeightInPoints();
    return font * Math.min(1, page / width);
  }

  private static final double A4_LONG_SIDE_POINTS = 841.89;

  @Test
  void theAnnexOpensInLibreOfficeWithItsTotalsAndPrintsWhole() throws Exception {
    LibreOffice office = LibreOffice.required();
    for (Language language : Language.values()) {
      Path xlsx = work.resolve("donor-annex-" + language.tag() + ".xlsx");
      Files.write(xlsx, write(language));
      try (XSSFWorkbook ours = Read.workbook(Files.readAllBytes(xlsx));
          XSSFWorkbook theirs =
              Read.workbook(
                  Files.readAllBytes(
                      office.convert(xlsx, "xlsx", work.resolve("x-" + language.tag()))))) {
        List<String> problems = new ArrayList<>();
        int formulas = 0;
        for (Sheet sheet : ours) {
          problems.addAll(PrintedWidth.cutCells((org.apache.poi.xssf.usermodel.XSSFSheet) sheet));
          for (Row row : sheet) {
            for (Cell cell : row) {
              if (cell.getCellType() == CellType.FORMULA) {
                Cell other =
                    theirs
                        .getSheet(sheet.getSheetName())
                        .getRow(row.getRowNum())
                        .getCell(cell.getColumnIndex());
                assertThat(other.getNumericCellValue())
                    .as(sheet.getSheetName() + "!" + cell.getAddress())
                    .isCloseTo(cell.getNumericCellValue(), within(1e-9));
                formulas++;
              }
            }
          }
        }
        assertThat(formulas).as("totals recalculated").isGreaterThan(20);
        assertThat(problems).as("cells cut at the printed width").isEmpty();
      }
      Path pdf = office.convert(xlsx, "pdf", work.resolve("pdf-" + language.tag()));
      String printed = pdfText(pdf);
      assertThat(printed).contains("ІНВ-0107").contains(DONOR).doesNotContain("###");
      String pictures = System.getProperty("hubops.pictures");
      if (pictures != null) {
        Path dir = Files.createDirectories(Path.of(pictures));
        Files.copy(
            pdf, dir.resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  static byte[] write(Language language) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new EquipmentWorkbook(language).write(annex(), out);
    return out.toByteArray();
  }

  private static String pdfText(Path pdf) throws IOException, InterruptedException {
    Path text = pdf.resolveSibling(pdf.getFileName() + ".txt");
    Process process =
        new ProcessBuilder("pdftotext", "-layout", pdf.toString(), text.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pdftotext finished").isTrue();
    return Files.readString(text, StandardCharsets.UTF_8);
  }

  private static EquipmentUse use(
      org.hubops.model.report.HubRef hub,
      String number,
      EquipmentCategory category,
      EquipmentStatus status,
      LocalDate checked,
      boolean overdue,
      long sessions,
      double hours,
      long attendances,
      long repairDays) {
    LocalDate counted = checked == null ? LocalDate.of(2024, 9, 1) : checked;
    return new EquipmentUse(
        hub,
        number,
        category,
        "Модель " + number,
        "SN-" + number,
        DONOR,
        LocalDate.of(2024, 9, 1),
        status,
        LocalDate.of(2024, 9, 1),
        checked,
        counted.plusMonths(12),
        overdue,
        sessions,
        hours,
        attendances,
        repairDays);
  }

  private static EquipmentUseGroup group(
      Dimension dimension,
      String key,
      long items,
      long inService,
      long unused,
      long overdue,
      long sessions,
      double hours,
      long attendances,
      long repairDays) {
    return new EquipmentUseGroup(
        dimension,
        key,
        items,
        inService,
        unused,
        overdue,
        sessions,
        hours,
        attendances,
        repairDays);
  }
}
