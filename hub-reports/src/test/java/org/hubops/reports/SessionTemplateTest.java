package org.hubops.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.Language;
import org.hubops.model.imports.AttendeeColumn;
import org.hubops.model.imports.SessionColumn;
import org.hubops.model.rest.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session template as a coordinator opens it in Excel or LibreOffice. */
class SessionTemplateTest {

  private static final TemplateContext HUB =
      new TemplateContext(
          "LV-0042",
          "Публічна бібліотека «Світанок»",
          LocalDate.of(2023, 1, 15),
          List.of(
              new Topic("2.2", "2", "Обмін інформацією", "Sharing"),
              new Topic("E.1", "E", "Державні е-послуги", "Public e-services")),
          List.of(
              new TemplateContext.Item("ІНВ-0001", EquipmentCategory.LAPTOP, "Lenovo IdeaPad 3"),
              new TemplateContext.Item("ІНВ-0002", EquipmentCategory.PROJECTOR, null)));

  private static byte[] template(TemplateContext context, Language language) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SessionTemplate.write(context, language, out);
    return out.toByteArray();
  }

  private static List<String> headers(XSSFSheet sheet) {
    Row row = sheet.getRow(0);
    return IntStream.range(0, row.getLastCellNum())
        .mapToObj(i -> row.getCell(i).getStringCellValue())
        .toList();
  }

  private static XSSFDataValidation validationOf(XSSFSheet sheet, int column) {
    return sheet.getDataValidations().stream()
        .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void ukrainianTemplateHasItsSheetsHeadersAndHiddenLists() throws IOException {
    try (XSSFWorkbook workbook = Read.workbook(template(HUB, Language.UK))) {
      assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
          .containsExactly("Інструкція", "Заняття", "Відвідувачі", "Списки");
      assertThat(workbook.isSheetHidden(3)).isTrue();
      assertThat(workbook.getActiveSheetIndex()).isZero();
      assertThat(headers(workbook.getSheet("Заняття")))
          .isEqualTo(Arrays.stream(SessionColumn.values()).map(SessionColumn::labelUk).toList());
      assertThat(headers(workbook.getSheet("Відвідувачі")))
          .isEqualTo(Arrays.stream(AttendeeColumn.values()).map(AttendeeColumn::labelUk).toList());
      assertThat(workbook.getName("KINDS").getRefersToFormula()).isEqualTo("'Списки'!$A$1:$A$4");
      assertThat(workbook.getName("EQUIPMENT").getRefersToFormula())
          .isEqualTo("'Списки'!$G$1:$G$2");
      assertThat(workbook.getSheet("Списки").getRow(0).getCell(2).getStringCellValue())
          .isEqualTo("2.2 — Обмін інформацією");
      assertThat(workbook.getSheet("Списки"))
          .filteredOn(row -> row.getCell(6) != null)
          .extracting(row -> row.getCell(6).getStringCellValue())
          .as("each item's category and model beside its inventory number")
          .containsExactly("ІНВ-0001 — Ноутбук, Lenovo IdeaPad 3", "ІНВ-0002 — Проєктор");
    }
  }

  @Test
  void everyColumnIsCheckedAndHintedAndOnlyTheHeaderIsLocked() throws IOException {
    try (XSSFWorkbook workbook = Read.workbook(template(HUB, Language.UK))) {
      XSSFSheet sessions = workbook.getSheet("Заняття");
      assertThat(sessions.getDataValidations()).hasSize(SessionColumn.values().length);
      assertThat(workbook.getSheet("Відвідувачі").getDataValidations())
          .hasSize(AttendeeColumn.values().length);
      XSSFDataValidation kind = validationOf(sessions, SessionColumn.KIND.ordinal());
      assertThat(kind.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
      assertThat(kind.getValidationConstraint().getFormula1()).isEqualTo("KINDS");
      assertThat(kind.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
      XSSFDataValidation topics = validationOf(sessions, SessionColumn.TOPICS.ordinal());
      assertThat(topics.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.INFO);
      XSSFDataValidation date = validationOf(sessions, SessionColumn.DATE.ordinal());
      assertThat(date.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
      assertThat(date.getPromptBoxText()).contains("12.03.2026");
      assertThat(
              validationOf(workbook.getSheet("Відвідувачі"), AttendeeColumn.REF.ordinal())
                  .getPromptBoxText())
          .as("an attendee's row repeats the number of the session they came to")
          .contains("повторіть його в рядку кожної людини");
      assertThat(sessions.getProtect()).isTrue();
      assertThat(sessions.getRow(0).getCell(0).getCellStyle().getLocked()).isTrue();
      assertThat(sessions.getColumnStyle(0).getLocked()).isFalse();
      assertThat(sessions.getColumnStyle(SessionColumn.DATE.ordinal()).getDataFormatString())
          .isEqualTo("dd.mm.yyyy");
      assertThat(sessions.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    }
  }

  @Test
  void englishTemplateSpeaksEnglishAndAHubWithoutEquipmentHasNoEquipmentList() throws IOException {
    TemplateContext bare =
        new TemplateContext(
            "LV-0043", "Library", LocalDate.of(2024, 1, 1), HUB.topics(), List.of());
    try (XSSFWorkbook workbook = Read.workbook(template(bare, Language.EN))) {
      assertThat(headers(workbook.getSheet("Sessions")))
          .isEqualTo(Arrays.stream(SessionColumn.values()).map(SessionColumn::labelEn).toList());
      assertThat(workbook.getSheet("Instructions").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Session log of hub LV-0043, Library");
      assertThat(workbook.getName("EQUIPMENT")).isNull();
    }
  }

  @Test
  void libreOfficeKeepsTheChecksAndDropdowns(@TempDir Path work) throws Exception {
    LibreOffice office = LibreOffice.required();
    Path file = work.resolve("template.xlsx");
    Files.write(file, template(HUB, Language.UK));

    Path saved = office.convert(file, "xlsx", work);

    try (XSSFWorkbook workbook = Read.workbook(Files.readAllBytes(saved))) {
      XSSFSheet sessions = workbook.getSheet("Заняття");
      assertThat(headers(sessions))
          .isEqualTo(Arrays.stream(SessionColumn.values()).map(SessionColumn::labelUk).toList());
      assertThat(sessions.getDataValidations()).hasSizeGreaterThanOrEqualTo(10);
      assertThat(sessions.getProtect()).isTrue();
      assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Списки"))).isTrue();
    }
  }
}
