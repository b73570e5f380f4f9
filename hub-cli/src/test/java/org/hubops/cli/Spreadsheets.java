package org.hubops.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks filled in by a program as a person would in Excel: values typed into cells. */
final class Spreadsheets {

  private Spreadsheets() {}

  static XSSFWorkbook open(Path file) throws IOException {
    return new XSSFWorkbook(Files.newInputStream(file));
  }

  /**
   * Types {@code rows} into {@code sheet} (made if missing) from row 2 on: a String as text, a
   * number as a number, a LocalDate as a date-formatted date, a LocalTime as a time-formatted
   * fraction of a day, null as nothing.
   */
  static void fill(Workbook workbook, String sheet, List<List<Object>> rows) {
    Sheet target =
        workbook.getSheet(sheet) == null ? workbook.createSheet(sheet) : workbook.getSheet(sheet);
    CellStyle date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
    CellStyle time = workbook.createCellStyle();
    time.setDataFormat(workbook.createDataFormat().getFormat("hh:mm"));
    for (int r = 0; r < rows.size(); r++) {
      Row row = target.getRow(r + 1) == null ? target.createRow(r + 1) : target.getRow(r + 1);
      List<Object> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        Object value = values.get(c);
        if (value == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        if (value instanceof String text) {
          cell.setCellValue(text);
        } else if (value instanceof Number number) {
          cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
          cell.setCellValue(day);
          cell.setCellStyle(date);
        } else if (value instanceof LocalTime clock) {
          cell.setCellValue(clock.toSecondOfDay() / 86400.0);
          cell.setCellStyle(time);
        } else {
          throw new IllegalArgumentException("cannot type " + value.getClass());
        }
      }
    }
  }

  /** A header row of {@code labels} on a new sheet {@code sheet}. */
  static void header(Workbook workbook, String sheet, List<String> labels) {
    Row row = workbook.createSheet(sheet).createRow(0);
    for (int c = 0; c < labels.size(); c++) {
      row.createCell(c).setCellValue(labels.get(c));
    }
  }

  static Path save(Workbook workbook, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    return file;
  }

  static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }
}
