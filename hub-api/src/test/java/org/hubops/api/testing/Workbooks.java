package org.hubops.api.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a report workbook back as its reader would: a table sheet's column by its header, and the
 * values in its totals row (cached formula results, as a viewer shows them).
 */
public final class Workbooks {

  private Workbooks() {}

  public static XSSFWorkbook open(byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("Not a workbook", e);
    }
  }

  /** The sheet {@code name} and its continuations ("Name (2)", ...), in order. */
  public static List<Sheet> parts(Workbook workbook, String name) {
    List<Sheet> parts = new ArrayList<>();
    for (Sheet sheet : workbook) {
      if (sheet.getSheetName().equals(name) || sheet.getSheetName().startsWith(name + " (")) {
        parts.add(sheet);
      }
    }
    return parts;
  }

  /** The column whose header (first row) reads {@code header}. */
  public static int column(Sheet sheet, String header) {
    for (Cell cell : sheet.getRow(0)) {
      if (header.equals(cell.getStringCellValue())) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("No column " + header + " on " + sheet.getSheetName());
  }

  /** The totals row's value under {@code header}, summed over the sheet and its continuations. */
  public static double total(Workbook workbook, String sheet, String header) {
    double sum = 0;
    for (Sheet part : parts(workbook, sheet)) {
      if (part.getLastRowNum() > 0) {
        sum +=
            part.getRow(part.getLastRowNum()).getCell(column(part, header)).getNumericCellValue();
      }
    }
    return sum;
  }

  /** Data rows (not the header, not the totals) of a table sheet and its continuations. */
  public static int dataRows(Workbook workbook, String sheet) {
    int rows = 0;
    for (Sheet part : parts(workbook, sheet)) {
      rows += Math.max(0, part.getLastRowNum() - 1);
    }
    return rows;
  }
}
