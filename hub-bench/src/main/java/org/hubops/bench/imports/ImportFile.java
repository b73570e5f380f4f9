package org.hubops.bench.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hubops.model.imports.AttendeeColumn;
import org.hubops.model.imports.ImportSheet;
import org.hubops.model.imports.SessionColumn;

/**
 * {@code java -jar hub-bench.jar import-file OUT.xlsx SESSIONS [LAST_DAY]}: a hub's session journal
 * as the template's workbook, for the import benchmark (bench/imports). Session i is dated within
 * the 700 days up to {@code LAST_DAY} (default: a week ago), and has i % 3 attendees, so the
 * attendees sheet has as many rows as there are sessions: both sheets at the import's limit of
 * 150,000 rows for 150,000 sessions. Strings are shared, as Excel saves them; titles are all
 * different, trainers and values repeat.
 */
public final class ImportFile {

  private static final String[] KINDS = {"Групове заняття", "CONSULTATION", "Захід"};
  private static final String[] FORMATS = {"Очно", "Онлайн", "IN_PERSON", "Змішано"};
  private static final String[] TOPICS = {"E.1; 2.2", "E.3", "1.1; 1.2; E.4", "E.2"};
  private static final String[] TRAINERS = {"Олена Коваль", "Ірина Мельник", "Петро Шевчук", null};
  private static final String[] GENDERS = {"Жінка", "Чоловік", "FEMALE", "Не вказано"};
  private static final String[] BANDS = {"18–29", "30–39", "60–69", "70+", "AGE_50_59", "До 18"};

  private ImportFile() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: import-file OUT.xlsx SESSIONS [LAST_DAY]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int sessions = Integer.parseInt(args[1]);
    LocalDate last = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.now().minusDays(7);
    try (OutputStream file = Files.newOutputStream(out)) {
      write(file, sessions, last);
    }
    System.out.printf(
        Locale.ROOT, "%s: %d sessions, %.1f MB%n", out, sessions, Files.size(out) / 1e6);
  }

  static void write(OutputStream out, int count, LocalDate last) throws IOException {
    // Shared strings, as Excel and LibreOffice write them (SXSSF would otherwise inline them).
    SXSSFWorkbook workbook = new SXSSFWorkbook(null, 500, true, true);
    try {
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
      Sheet sessions = workbook.createSheet(ImportSheet.SESSIONS.labelUk());
      Row header = sessions.createRow(0);
      for (SessionColumn column : SessionColumn.values()) {
        header.createCell(column.ordinal()).setCellValue(column.labelUk());
      }
      Sheet attendees = workbook.createSheet(ImportSheet.ATTENDEES.labelUk());
      Row attendeeHeader = attendees.createRow(0);
      for (AttendeeColumn column : AttendeeColumn.values()) {
        attendeeHeader.createCell(column.ordinal()).setCellValue(column.labelUk());
      }
      int attendeeRow = 1;
      for (int i = 0; i < count; i++) {
        Row row = sessions.createRow(i + 1);
        row.createCell(SessionColumn.REF.ordinal()).setCellValue(i + 1);
        row.createCell(SessionColumn.DATE.ordinal()).setCellValue(last.minusDays(i % 700));
        row.getCell(SessionColumn.DATE.ordinal()).setCellStyle(date);
        row.createCell(SessionColumn.START.ordinal())
            .setCellValue(String.format(Locale.ROOT, "%02d:%02d", 8 + i % 11, i % 4 * 15));
        row.createCell(SessionColumn.MINUTES.ordinal()).setCellValue(45 + i % 4 * 15);
        row.createCell(SessionColumn.KIND.ordinal()).setCellValue(KINDS[i % KINDS.length]);
        row.createCell(SessionColumn.FORMAT.ordinal()).setCellValue(FORMATS[i % FORMATS.length]);
        row.createCell(SessionColumn.TITLE.ordinal()).setCellValue("Заняття № " + (i + 1));
        row.createCell(SessionColumn.TOPICS.ordinal()).setCellValue(TOPICS[i % TOPICS.length]);
        String trainer = TRAINERS[i % TRAINERS.length];
        if (trainer != null) {
          row.createCell(SessionColumn.TRAINER.ordinal()).setCellValue(trainer);
        }
        for (int a = 0; a < i % 3; a++) {
          Row person = attendees.createRow(attendeeRow++);
          person.createCell(AttendeeColumn.REF.ordinal()).setCellValue(i + 1);
          person
              .createCell(AttendeeColumn.GENDER.ordinal())
              .setCellValue(GENDERS[(i + a) % GENDERS.length]);
          person
              .createCell(AttendeeColumn.AGE_BAND.ordinal())
              .setCellValue(BANDS[(i + a) % BANDS.length]);
          person.createCell(AttendeeColumn.IDP.ordinal()).setCellValue(a == 0 ? "так" : "ні");
          if (i % 9 == 0) {
            person.createCell(AttendeeColumn.VETERAN.ordinal()).setCellValue("так");
          }
        }
      }
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }
}
