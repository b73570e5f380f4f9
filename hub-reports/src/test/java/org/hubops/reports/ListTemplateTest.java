package org.hubops.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.InstitutionType;
import org.hubops.model.Language;
import org.hubops.model.imports.EquipmentColumn;
import org.hubops.model.imports.HubColumn;
import org.junit.jupiter.api.Test;

/** The equipment and hub-register templates, which say what each column the import reads takes. */
class ListTemplateTest {

  static byte[] equipment(Language language) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ListTemplate.equipment("LV-0042", language, out);
    return out.toByteArray();
  }

  static byte[] hubs(Language language) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ListTemplate.hubs(language, out);
    return out.toByteArray();
  }

  private static List<String> row(XSSFSheet sheet, int index) {
    return IntStream.range(0, sheet.getRow(index).getLastCellNum())
        .mapToObj(i -> sheet.getRow(index).getCell(i).getStringCellValue())
        .toList();
  }

  private static String instructions(XSSFWorkbook workbook) {
    StringBuilder text = new StringBuilder();
    workbook.getSheetAt(0).forEach(r -> r.forEach(c -> text.append(c).append('\n')));
    return text.toString();
  }

  @Test
  void equipmentTemplateHasTheImportsHeadersAndExplainsEveryColumnAndValue() throws IOException {
    try (XSSFWorkbook workbook = Read.workbook(equipment(Language.UK))) {
      assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
          .containsExactly("Інструкція", "Обладнання", "Списки");
      assertThat(workbook.isSheetHidden(2)).isTrue();
      assertThat(row(workbook.getSheet("Обладнання"), 0))
          .isEqualTo(
              Arrays.stream(EquipmentColumn.values()).map(EquipmentColumn::labelUk).toList());
      String instructions = instructions(workbook);
      assertThat(instructions).contains("Перелік обладнання хабу LV-0042");
      for (EquipmentColumn column : EquipmentColumn.values()) {
        assertThat(instructions).contains(column.labelUk());
      }
      for (EquipmentStatus status : EquipmentStatus.values()) {
        assertThat(instructions)
            .as("each allowed value quoted")
            .contains("«" + status.labelUk() + "»");
      }
      assertThat(workbook.getSheet("Обладнання").getDataValidations())
          .hasSize(EquipmentColumn.values().length);
    }
  }

  @Test
  void hubRegisterTemplateOffersInstitutionTypesInEnglishToo() throws IOException {
    try (XSSFWorkbook workbook = Read.workbook(hubs(Language.EN))) {
      assertThat(row(workbook.getSheet("Hubs"), 0))
          .isEqualTo(Arrays.stream(HubColumn.values()).map(HubColumn::labelEn).toList());
      XSSFSheet lists = workbook.getSheet("Lists");
      int column = HubColumn.INSTITUTION_TYPE.ordinal();
      assertThat(lists)
          .filteredOn(r -> r.getCell(column) != null)
          .extracting(r -> r.getCell(column))
          .extracting(Cell::getStringCellValue)
          .containsExactly(
              Arrays.stream(InstitutionType.values())
                  .map(InstitutionType::labelEn)
                  .toArray(String[]::new));
      assertThat(instructions(workbook)).contains("“Library”").contains("Settlement code");
    }
  }
}
