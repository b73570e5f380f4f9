package org.hubops.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens the workbook in LibreOffice, which recalculates every formula, and compares. */
class LibreOfficeRecalculationTest {

  @TempDir Path work;

  @Test
  void harnessRecalculatesRatherThanTrustingCachedValues() throws Exception {
    LibreOffice office = LibreOffice.required();
    Path wrong = work.resolve("wrong-cache.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(wrong)) {
      Row row = workbook.createSheet("S").createRow(0);
      row.createCell(0).setCellValue(2);
      row.createCell(1).setCellValue(3);
      Cell sum = row.createCell(2);
      sum.setCellFormula("SUM(A1:B1)");
      sum.setCellValue(99);
      workbook.write(out);
    }

    try (XSSFWorkbook converted =
        Read.workbook(Files.readAllBytes(office.convert(wrong, "xlsx", work)))) {
      assertThat(converted.getSheet("S").getRow(0).getCell(2).getNumericCellValue())
          .as("a stale cached value would survive if LibreOffice did not recalculate")
          .isEqualTo(5);
    }
  }

  @Test
  void everyFormulaRecalculatesToTheValueWeCached() throws Exception {
    LibreOffice office = LibreOffice.required();
    Path written = work.resolve("quarterly.xlsx");
    Files.write(written, QuarterlyWorkbookTest.write(Language.UK, 4));

    try (XSSFWorkbook ours = Read.workbook(Files.readAllBytes(written));
        XSSFWorkbook theirs =
            Read.workbook(Files.readAllBytes(office.convert(written, "xlsx", work)))) {
      List<String> checked = new ArrayList<>();
      for (Sheet sheet : ours) {
        Sheet recalculated = theirs.getSheet(sheet.getSheetName());
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              Cell other = recalculated.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
              String where = sheet.getSheetName() + "!" + cell.getAddress();
              assertThat(other.getNumericCellValue())
                  .as(where + " " + cell.getCellFormula())
                  .isCloseTo(cell.getNumericCellValue(), within(1e-9));
              checked.add(where);
            }
          }
        }
      }
      assertThat(checked).as("totals, changes and urban/rural sums").hasSizeGreaterThan(100);
      Sheet hubs = theirs.getSheet(Text.SHEET_BY_HUB.labelUk());
      assertThat(Read.number(Read.totals(hubs), Read.column(hubs, Text.ATTENDANCES.labelUk())))
          .isEqualTo(10);
    }
  }
}
