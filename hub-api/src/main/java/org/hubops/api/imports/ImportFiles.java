package org.hubops.api.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellRangeAddress;
import org.hubops.api.platform.ProblemException;
import org.hubops.model.Labelled;
import org.hubops.model.imports.AttendeeColumn;
import org.hubops.model.imports.ImportSheet;
import org.hubops.model.imports.SessionColumn;

/**
 * Finds the tables an import needs in what was uploaded: sheets of an {@code .xlsx} workbook, found
 * by their Ukrainian or English name, or CSV files. What makes the file unreadable as a whole is
 * reported at once; merged cells are reported and reading goes on.
 */
final class ImportFiles {

  private ImportFiles() {}

  /**
   * The sessions and attendees tables of an upload, to be read a row at a time: their headers are
   * read (and checked for a swapped CSV pair) at once, their rows when {@link Tables#rows} streams
   * them. Close it to close the workbook.
   */
  static final class Tables implements AutoCloseable {

    /** One table, read from its start each time. */
    private interface Source {
      SheetTable stream(int maxRows, Consumer<SheetTable.Row> sink)
          throws XlsxFile.Unreadable, CsvFile.Broken, IOException;
    }

    private final XlsxFile workbook;
    private final Map<ImportSheet, SheetTable> heads = new EnumMap<>(ImportSheet.class);
    private final Map<ImportSheet, Source> sources = new EnumMap<>(ImportSheet.class);
    private final Map<ImportSheet, String> labels = new EnumMap<>(ImportSheet.class);

    private Tables(XlsxFile workbook) {
      this.workbook = workbook;
    }

    /** The table's name, headers and date system; it holds no rows. */
    SheetTable head(ImportSheet sheet) {
      return heads.get(sheet);
    }

    /**
     * Hands the table's data rows to {@code sink} in order, then reports its merged cells. A sheet
     * longer than may be imported is refused on its own, whatever the rows read said.
     */
    void rows(ImportSheet sheet, Consumer<SheetTable.Row> sink, FileProblems problems) {
      SheetTable table;
      try {
        table = sources.get(sheet).stream(SheetTable.MAX_ROWS, sink);
      } catch (XlsxFile.Unreadable e) {
        throw unreadable(e, problems);
      } catch (CsvFile.Broken e) {
        problems.sheet(labels.get(sheet), "import.brokenCsv", e.row());
        throw problems.failure();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (table.rowsCut()) {
        FileProblems tooLong = new FileProblems(problems.messages());
        tooLong.sheet(table.name(), "import.tooManyRows", SheetTable.MAX_ROWS);
        throw tooLong.failure();
      }
      merged(table, problems);
    }

    @Override
    public void close() {
      if (workbook != null) {
        workbook.close();
      }
    }
  }

  /**
   * The sessions and attendees tables: two sheets of the workbook sent as {@code file}, or two CSV
   * files sent as {@code sessions} and {@code attendees}.
   */
  static Tables sessionTables(Upload upload, FileProblems problems) {
    List<ImportSheet> wanted = List.of(ImportSheet.SESSIONS, ImportSheet.ATTENDEES);
    Optional<Upload.Part> file = upload.part(Upload.FILE);
    if (file.isPresent()) {
      if (file.get().format() == Upload.Format.TEXT) {
        String name = file.get().label();
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
          // Renamed, not saved as a workbook: say what it is, not what CSV would need.
          problems.file("import.textNamedXlsx", name);
        } else {
          problems.file("import.csvNeedsPair");
        }
        throw problems.failure();
      }
      XlsxFile workbook = open(file.get(), problems);
      Tables tables = new Tables(workbook);
      try {
        List<String> names = sheetNames(workbook, problems);
        for (ImportSheet sheet : wanted) {
          Optional<String> name = find(names, sheet);
          if (name.isEmpty()) {
            problems.sheet(
                sheet.label(problems.messages().language()),
                "import.missingSheet",
                sheet.labelUk(),
                sheet.labelEn(),
                String.join(", ", names));
          } else {
            String found = name.get();
            tables.heads.put(sheet, head(workbook, found, problems));
            tables.sources.put(sheet, (max, sink) -> workbook.stream(found, max, sink));
            tables.labels.put(sheet, found);
          }
        }
        problems.throwIfAny();
      } catch (RuntimeException e) {
        tables.close();
        throw e;
      }
      return tables;
    }
    if (upload.part("sessions").isEmpty() && upload.part("attendees").isEmpty()) {
      problems.file("import.noFile");
      throw problems.failure();
    }
    Tables tables = new Tables(null);
    for (ImportSheet sheet : wanted) {
      String field = sheet.labelEn().toLowerCase(Locale.ROOT);
      Optional<Upload.Part> part = upload.part(field);
      if (part.isEmpty()) {
        problems.file("import.missingPart", field);
      } else {
        Upload.Part csv = part.get();
        tables.heads.put(sheet, csvHead(csv, problems));
        tables.sources.put(
            sheet, (max, sink) -> CsvFile.stream(csv.path(), csv.label(), max, sink));
        tables.labels.put(sheet, csv.label());
      }
    }
    if (swapped(tables.heads)) {
      // Otherwise each file's every header is reported unknown, which hides the one fix.
      problems.file(
          "import.csvSwapped",
          upload.part("sessions").get().label(),
          upload.part("attendees").get().label());
      throw problems.failure();
    }
    problems.throwIfAny();
    return tables;
  }

  /**
   * The one table of a list (equipment, hub register): the sheet named as {@code sheet} in either
   * language or else the workbook's first sheet, or a CSV file, sent as {@code file}.
   */
  static SheetTable oneTable(Upload upload, ImportSheet sheet, FileProblems problems) {
    Optional<Upload.Part> file = upload.part(Upload.FILE);
    if (file.isEmpty()) {
      problems.file("import.noFile");
      throw problems.failure();
    }
    SheetTable table;
    if (file.get().format() == Upload.Format.TEXT) {
      table = csv(file.get(), problems);
    } else {
      try (XlsxFile workbook = open(file.get(), problems)) {
        List<String> names = sheetNames(workbook, problems);
        if (names.isEmpty()) {
          problems.file("import.notSpreadsheet");
          throw problems.failure();
        }
        table = read(workbook, find(names, sheet).orElse(names.get(0)), problems);
      }
    }
    SheetTable result = checked(table, problems);
    problems.throwIfAny();
    return result;
  }

  /** Whether the sessions file has the attendees' headers and the attendees file the sessions'. */
  private static boolean swapped(Map<ImportSheet, SheetTable> tables) {
    SheetTable sessions = tables.get(ImportSheet.SESSIONS);
    SheetTable attendees = tables.get(ImportSheet.ATTENDEES);
    return sessions != null
        && attendees != null
        && has(sessions, AttendeeColumn.class, AttendeeColumn.GENDER)
        && has(attendees, SessionColumn.class, SessionColumn.DATE)
        && !has(sessions, SessionColumn.class, SessionColumn.DATE);
  }

  private static <C extends Enum<C> & Labelled> boolean has(
      SheetTable table, Class<C> type, C column) {
    return table.headers().stream()
        .anyMatch(header -> header != null && Choices.match(type, header) == column);
  }

  private static XlsxFile open(Upload.Part part, FileProblems problems) {
    switch (part.format()) {
      case ZIP -> {
        try {
          return XlsxFile.open(part.path());
        } catch (XlsxFile.Unreadable e) {
          throw unreadable(e, problems);
        }
      }
      case OLD_EXCEL -> problems.file("import.oldExcel");
      case EMPTY -> problems.file("import.emptyFile");
      default -> problems.file("import.notSpreadsheet");
    }
    throw problems.failure();
  }

  private static List<String> sheetNames(XlsxFile workbook, FileProblems problems) {
    try {
      return workbook.sheetNames();
    } catch (XlsxFile.Unreadable e) {
      throw unreadable(e, problems);
    }
  }

  private static SheetTable read(XlsxFile workbook, String name, FileProblems problems) {
    try {
      return workbook.read(name, SheetTable.MAX_ROWS);
    } catch (XlsxFile.Unreadable e) {
      throw unreadable(e, problems);
    }
  }

  private static SheetTable head(XlsxFile workbook, String name, FileProblems problems) {
    try {
      return workbook.head(name);
    } catch (XlsxFile.Unreadable e) {
      throw unreadable(e, problems);
    }
  }

  private static SheetTable csvHead(Upload.Part part, FileProblems problems) {
    try {
      return CsvFile.head(part.path(), part.label());
    } catch (CsvFile.Broken e) {
      problems.sheet(part.label(), "import.brokenCsv", e.row());
      throw problems.failure();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SheetTable csv(Upload.Part part, FileProblems problems) {
    try {
      return CsvFile.read(part.path(), part.label(), SheetTable.MAX_ROWS);
    } catch (CsvFile.Broken e) {
      problems.sheet(part.label(), "import.brokenCsv", e.row());
      throw problems.failure();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Refuses a sheet too long to import; reports merged cells, which lose values. */
  private static SheetTable checked(SheetTable table, FileProblems problems) {
    if (table.rowsCut()) {
      problems.sheet(table.name(), "import.tooManyRows", SheetTable.MAX_ROWS);
      throw problems.failure();
    }
    merged(table, problems);
    return table;
  }

  private static void merged(SheetTable table, FileProblems problems) {
    for (CellRangeAddress range : table.merged()) {
      problems.cell(
          table,
          range.getFirstRow() + 1,
          range.getFirstColumn(),
          "import.merged",
          range.formatAsString());
    }
  }

  private static Optional<String> find(List<String> names, ImportSheet sheet) {
    return names.stream()
        .filter(
            name ->
                Choices.normalize(name).equals(Choices.normalize(sheet.labelUk()))
                    || Choices.normalize(name).equals(Choices.normalize(sheet.labelEn())))
        .findFirst();
  }

  /**
   * A zip bomb is refused as too large, like an upload over the cap; any other unreadable zip is
   * not a spreadsheet.
   */
  private static RuntimeException unreadable(XlsxFile.Unreadable e, FileProblems problems) {
    if (e.zipBomb()) {
      return new ProblemException(
          413,
          "Content too large",
          "The spreadsheet unpacks to far more than its size (a zip bomb); it was not read");
    }
    problems.file("import.notSpreadsheet");
    return problems.failure();
  }
}
