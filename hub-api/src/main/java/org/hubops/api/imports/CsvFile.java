package org.hubops.api.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A table saved as CSV, as old and new Excel and LibreOffice write it: UTF-8 with or without a BOM,
 * or Windows-1251 (Excel's "CSV" in a Ukrainian Windows), separated by {@code ,} or by {@code ;}
 * (Excel where the decimal separator is a comma).
 */
final class CsvFile {

  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  /** The CSV could not be parsed, near {@code row}. */
  static final class Broken extends Exception {
    private static final long serialVersionUID = 1L;

    private final long row;

    Broken(long row, Throwable cause) {
      super(cause);
      this.row = row;
    }

    long row() {
      return row;
    }
  }

  private CsvFile() {}

  /** Reads {@code path} (at most an upload's size) as the table {@code name}. */
  static SheetTable read(Path path, String name, int maxRows) throws IOException, Broken {
    List<SheetTable.Row> rows = new ArrayList<>();
    SheetTable table = stream(path, name, maxRows, rows::add);
    return new SheetTable(name, table.headers(), rows, List.of(), table.rowsCut(), false);
  }

  /** The headers of the file at {@code path}, read without going past its first data row. */
  static SheetTable head(Path path, String name) throws IOException, Broken {
    SheetTable table = stream(path, name, 0, row -> {});
    return new SheetTable(name, table.headers(), List.of(), List.of(), false, false);
  }

  /**
   * Hands the data rows of the file at {@code path} to {@code sink} as they are read, at most
   * {@code maxRows} of them; the file is decoded as it streams, never held whole. The table
   * answered holds no rows; it says whether rows were left unread.
   */
  static SheetTable stream(Path path, String name, int maxRows, Consumer<SheetTable.Row> sink)
      throws IOException, Broken {
    Charset charset = charset(path);
    char delimiter;
    try (BufferedReader in = reader(path, charset)) {
      String header = in.readLine();
      delimiter = separator(header == null ? "" : header);
    }
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    List<String> headers = new ArrayList<>();
    int kept = 0;
    boolean cut = false;
    try (CSVParser parser = CSVParser.parse(reader(path, charset), format)) {
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new Broken(parser.getRecordNumber() + 1, e);
        }
        // Each record is one row when Excel opens the file, the header being row 1.
        int number = (int) record.getRecordNumber();
        if (number == 1) {
          record.forEach(h -> headers.add(h.isBlank() ? null : h.strip()));
          continue;
        }
        Cell[] cells = cells(record, headers);
        if (Arrays.stream(cells).allMatch(Objects::isNull)) {
          continue;
        }
        if (kept == maxRows) {
          cut = true;
          break;
        }
        kept++;
        sink.accept(new SheetTable.Row(number, cells));
      }
    }
    return new SheetTable(
        name, Collections.unmodifiableList(headers), List.of(), List.of(), cut, false);
  }

  /** UTF-8 when the file is valid UTF-8 throughout, otherwise Windows-1251. */
  static Charset charset(Path path) throws IOException {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader in = new InputStreamReader(Files.newInputStream(path), utf8)) {
      char[] buffer = new char[8192];
      while (in.read(buffer) >= 0) {
        // only checking that it decodes
      }
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return WINDOWS_1251;
    }
  }

  /** The file's text, without a leading BOM. */
  private static BufferedReader reader(Path path, Charset charset) throws IOException {
    BufferedReader in = Files.newBufferedReader(path, charset);
    in.mark(1);
    if (in.read() != '\uFEFF') {
      in.reset();
    }
    return in;
  }

  /** {@code ;} when the header line has more of them than commas. */
  static char separator(String header) {
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }

  private static Cell[] cells(CSVRecord record, List<String> headers) {
    Cell[] cells = new Cell[headers.size()];
    for (int i = 0; i < cells.length && i < record.size(); i++) {
      String value = record.get(i);
      if (headers.get(i) != null && !value.isBlank()) {
        cells[i] = Cell.text(value);
      }
    }
    return cells;
  }
}
