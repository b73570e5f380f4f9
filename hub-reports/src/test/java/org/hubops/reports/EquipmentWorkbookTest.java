package org.hubops.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Language;
import org.hubops.model.report.EquipmentCount;
import org.hubops.model.report.EquipmentDataset;
import org.junit.jupiter.api.Test;

class EquipmentWorkbookTest {

  private final EquipmentDataset dataset = Fixture.equipment();

  private XSSFWorkbook written(Language language) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new EquipmentWorkbook(language).write(dataset, out);
    return Read.workbook(out.toByteArray());
  }

  @Test
  void countsByCategoryAndStatusWithTotalsBothWays() throws IOException {
    try (XSSFWorkbook workbook = written(Language.EN)) {
      Sheet byCategory = workbook.getSheet("Equipment by category");
      Row laptops = Read.row(byCategory, 0, EquipmentCategory.LAPTOP.labelEn());
      int items = Read.column(byCategory, "Items");

      assertThat(Read.number(laptops, Read.column(byCategory, "In service"))).isEqualTo(3);
      assertThat(Read.number(laptops, Read.column(byCategory, "Broken"))).isEqualTo(1);
      assertThat(laptops.getCell(items).getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(Read.number(laptops, items)).isEqualTo(4);
      assertThat(byCategory.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Digital Education Hubs: equipment");
      assertThat(byCategory.getRow(1).getCell(0).getStringCellValue())
          .as("what it covers, and when")
          .isEqualTo("All Ukraine · Data as of 2026-09-30");
      int header = Read.row(byCategory, 0, "Category").getRowNum();
      assertThat(byCategory.getLastRowNum() - header - 1)
          .as("a row per category, then the totals")
          .isEqualTo(EquipmentCategory.values().length);
      assertThat(Read.number(Read.totals(byCategory), items))
          .isEqualTo(dataset.counts().stream().mapToLong(EquipmentCount::count).sum());
    }
  }

  @Test
  void perHubRowsAndTheItemsThatNeedAttention() throws IOException {
    try (XSSFWorkbook workbook = written(Language.UK)) {
      Sheet perHub = workbook.getSheet("Обладнання");
      Sheet attention = workbook.getSheet("Потребує уваги");

      assertThat(Read.dataRows(perHub, true)).as("hub × category").hasSize(3);
      Row tablets =
          Read.row(perHub, Read.column(perHub, "Категорія"), EquipmentCategory.TABLET.labelUk());
      assertThat(tablets.getCell(0).getStringCellValue()).isEqualTo("KV-0003");
      assertThat(Read.number(tablets, Read.column(perHub, EquipmentStatus.IN_SERVICE.labelUk())))
          .isEqualTo(5);
      assertThat(Read.dataRows(attention, false))
          .extracting(r -> r.getCell(Read.column(attention, "Стан")).getStringCellValue())
          .containsExactly(
              EquipmentStatus.BROKEN.labelUk(), EquipmentStatus.UNDER_REPAIR.labelUk());
      assertThat(workbook.getProperties().getCoreProperties().getTitle())
          .isEqualTo("Обладнання хабів цифрової освіти, Уся Україна, 2026-09-30");
    }
  }
}
