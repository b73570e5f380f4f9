package org.hubops.bench.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.Kyiv;
import org.hubops.model.Language;
import org.hubops.model.report.Headcount;
import org.hubops.model.report.HubRef;
import org.hubops.model.report.SessionLine;
import org.hubops.model.rest.Oblast;

/**
 * The yardstick: the values of the quarterly workbook's "Sessions" sheet, cell for cell, written
 * the plainest way POI allows. A default {@link SXSSFWorkbook} (100-row window, no shared strings,
 * uncompressed temporary file), no styles, no totals, no widths, no frozen panes: what streaming
 * the sheet costs POI itself.
 */
final class PlainSessionSheet {

  private static final String[] HEADERS = {
    "Дата",
    "Код хабу",
    "Хаб",
    "Область",
    "Тип населеного пункту",
    "Місто / село",
    "Вид",
    "Формат",
    "Теми (коди)",
    "Години навчання",
    "Відвідування",
    "Жінка",
    "Чоловік",
    "Не вказано",
    "До 18",
    "18–29",
    "30–39",
    "40–49",
    "50–59",
    "60–69",
    "70+",
    "Невідомо",
    "ВПО",
    "З інвалідністю",
    "Ветерани",
    "Внесено",
    "Запізнілий запис"
  };

  private final Map<String, String> oblastNames;

  PlainSessionSheet(Iterable<Oblast> oblasts) {
    Map<String, String> names = new java.util.HashMap<>();
    oblasts.forEach(o -> names.put(o.code(), o.name(Language.UK)));
    this.oblastNames = Map.copyOf(names);
  }

  /** Writes {@code lines} to a one-sheet workbook on {@code out}; returns the rows written. */
  int write(Iterator<SessionLine> lines, OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook();
    try {
      Sheet sheet = workbook.createSheet("Заняття");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.length; i++) {
        header.createCell(i).setCellValue(HEADERS[i]);
      }
      int r = 1;
      while (lines.hasNext()) {
        SessionLine line = lines.next();
        Row row = sheet.createRow(r++);
        HubRef hub = line.hub();
        int c = 0;
        row.createCell(c++).setCellValue(line.date());
        row.createCell(c++).setCellValue(hub.code());
        row.createCell(c++).setCellValue(hub.name());
        row.createCell(c++)
            .setCellValue(oblastNames.getOrDefault(hub.oblastCode(), hub.oblastCode()));
        row.createCell(c++).setCellValue(hub.settlementType().labelUk());
        row.createCell(c++).setCellValue(hub.settlementType().urban() ? "Місто" : "Село");
        row.createCell(c++).setCellValue(line.kind().labelUk());
        row.createCell(c++).setCellValue(line.format().labelUk());
        row.createCell(c++).setCellValue(String.join("; ", line.topics()));
        row.createCell(c++).setCellValue(line.durationMinutes() / 60.0);
        Headcount people = line.attendees();
        row.createCell(c++).setCellValue(people.total());
        for (Gender gender : Gender.values()) {
          row.createCell(c++).setCellValue(people.count(gender));
        }
        for (AgeBand band : AgeBand.values()) {
          row.createCell(c++).setCellValue(people.count(band));
        }
        row.createCell(c++).setCellValue(people.idp());
        row.createCell(c++).setCellValue(people.disability());
        row.createCell(c++).setCellValue(people.veteran());
        row.createCell(c++).setCellValue(line.createdAt().atZone(Kyiv.ZONE).toLocalDateTime());
        row.createCell(c).setCellValue(line.recordedLate() ? "так" : "ні");
      }
      workbook.write(out);
      return r - 1;
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }
}
