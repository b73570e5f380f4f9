package org.hubops.api.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.api.testing.Api;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Hub;

/** Workbooks filled in by a program as a person would in Excel: values typed into cells. */
public final class Sheets {

  private Sheets() {}

  /** The hub's template, downloaded as the web page and the CLI do. */
  public static XSSFWorkbook template(Api api, Hub hub, String lang) {
    return open(api.downloadBody("/api/v1/hubs/" + hub.code() + "/template?lang=" + lang));
  }

  public static XSSFWorkbook open(byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Types {@code rows} into {@code sheet} from row 2 on: a String as text (one starting with "=" as
   * a formula), a number as a number, a LocalDate as a date-formatted date, a LocalTime as a
   * time-formatted fraction of a day, null as nothing.
   */
  public static void fill(Workbook workbook, String sheet, List<List<Object>> rows) {
    Sheet target = workbook.getSheet(sheet);
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
        if (value instanceof String text && text.startsWith("=")) {
          cell.setCellFormula(text.substring(1));
        } else if (value instanceof String text) {
          cell.setCellValue(text);
        } else if (value instanceof Number number) {
          cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
          cell.setCellValue(day);
          cell.setCellStyle(date);
        } else if (value instanceof LocalTime clock) {
          cell.setCellValue(clock.toSecondOfDay() / 86400.0);
          cell.setCellStyle(time);
        } else if (value instanceof Boolean flag) {
          cell.setCellValue(flag);
        } else {
          throw new IllegalArgumentException("cannot type " + value.getClass());
        }
      }
    }
  }

  public static byte[] bytes(Workbook workbook) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Five days ago: a day every hub may log sessions for. */
  private static final LocalDate DAY = LocalDate.now(Kyiv.ZONE).minusDays(5);

  /** The hub's template with two sessions of three people, as a coordinator fills it in. */
  public static byte[] twoSessions(Api api, Hub hub, Object minutes, String gender) {
    XSSFWorkbook workbook = template(api, hub, "uk");
    fill(
        workbook,
        "Заняття",
        List.of(
            row("1", DAY, LocalTime.of(10, 30), minutes, "Групове заняття", "Очно", "Дія", "E.1"),
            row("2", DAY, "14:00", 45, "Індивідуальна консультація", "Онлайн", "Банкінг", "E.2")));
    fill(
        workbook,
        "Відвідувачі",
        List.of(
            row("1", "Жінка", "60–69", "так", "ні", "ні"),
            row("1", "Чоловік", "70+", null, null, "так"),
            row("2", gender, "30–39")));
    return bytes(workbook);
  }

  /** The same, every cell valid. */
  public static byte[] twoValidSessions(Api api, Hub hub) {
    return twoSessions(api, hub, 90, "Жінка");
  }

  /** One row's cells, nulls left empty. */
  static List<Object> row(Object... values) {
    return new ArrayList<>(Arrays.asList(values));
  }
}
