package org.hubops.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.model.Gender;
import org.hubops.model.Language;
import org.hubops.model.report.DataIssue;
import org.hubops.model.report.HubDataset;
import org.hubops.model.report.SessionLine;
import org.junit.jupiter.api.Test;

class HubWorkbookTest {

  private final HubDataset dataset = Fixture.cityHub();

  private byte[] write(Language language, int maxRows) throws IOException {
    List<SessionLine> mine =
        Fixture.lines().stream().filter(l -> l.hub().equals(Fixture.CITY_HUB)).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HubWorkbook(language, maxRows).write(dataset, mine.iterator(), out);
    return out.toByteArray();
  }

  @Test
  void summaryAndSessionDetailShowTheHubsOwnFigures() throws IOException {
    try (XSSFWorkbook workbook =
        Read.workbook(write(Language.UK, QuarterlyWorkbook.EXCEL_MAX_ROWS))) {
      assertThat(workbook)
          .extracting(Sheet::getSheetName)
          .containsExactly(
              "Підсумок", "Теми", "Заняття", "Обладнання", "Якість даних", "Визначення");
      Sheet summary = workbook.getSheet("Підсумок");
      Sheet sessions = workbook.getSheet("Заняття");

      assertThat(Read.number(Read.row(summary, 0, "Відвідування"), 1))
          .as("3 + 2 people")
          .isEqualTo(5);
      assertThat(Read.number(Read.row(summary, 0, "Заняття"), 1)).isEqualTo(2);
      assertThat(Read.number(Read.row(summary, 0, "Унікальні учасники"), 1))
          .as("Olena twice, Mariia once")
          .isEqualTo(2);
      assertThat(Read.dataRows(sessions, true)).hasSize(2);
      assertThat(Read.number(Read.totals(sessions), Read.column(sessions, "Відвідування")))
          .isEqualTo(5);
      assertThat(Read.number(Read.totals(sessions), Read.column(sessions, Gender.FEMALE.labelUk())))
          .isEqualTo(dataset.figures().attendances().count(Gender.FEMALE));
      assertThat(Read.allText(workbook)).doesNotContain(Text.PREVIOUS_QUARTER.labelUk());
    }
  }

  @Test
  void listsEveryItemOfTheHubsEquipmentAndItsLateEntry() throws IOException {
    try (XSSFWorkbook workbook =
        Read.workbook(write(Language.EN, QuarterlyWorkbook.EXCEL_MAX_ROWS))) {
      Sheet equipment = workbook.getSheet("Equipment");
      Sheet quality = workbook.getSheet("Data quality");

      assertThat(Read.dataRows(equipment, false))
          .extracting(
              r -> r.getCell(Read.column(equipment, "Inventory number")).getStringCellValue())
          .containsExactlyInAnyOrder("INV-001", "INV-007", "INV-011");
      assertThat(Read.dataRows(quality, false))
          .extracting(r -> r.getCell(0).getStringCellValue())
          .containsExactly(DataIssue.LATE_ENTRY.labelEn());
    }
  }

  @Test
  void sessionDetailContinuesPastTheRowLimitHereToo() throws IOException {
    try (XSSFWorkbook workbook = Read.workbook(write(Language.EN, 3))) {
      assertThat(Read.parts(workbook, "Sessions"))
          .extracting(Sheet::getSheetName)
          .containsExactly("Sessions", "Sessions (2)");
    }
  }
}
