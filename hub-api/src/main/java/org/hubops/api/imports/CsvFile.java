package org.hubops.api.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
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
    String text = decode(Files.readAllBytes(path));
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(separator(text)).setIgnoreEmptyLines(false).get();
    List<String> headers = new ArrayList<>();
    List<SheetTable.Row> rows = new ArrayList<>();
    boolean cut = false;
    try (CSVParser parser = CSVParser.parse(text, format)) {
      try {
        for (CSVRecord record : parser) {
          // Each record is one row when Excel opens the file, the header being row 1.
          int number = (int) record.getRecordNumber();
          if (number == 1) {
            record.forEach(h -> headers.add(h.isBlank() ? null : h.strip()));
          } else {
            Cell[] cells = cells(record, headers);
            if (Arrays.stream(cells).allMatch(Objects::isNull)) {
              continue;
            }
            if (rows.size() == maxRows) {
              cut = true;
              break;
            }
            rows.add(new SheetTable.Row(number, cells));
          }
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new Broken(parser.getRecordNumber() + 1, e);
      }
    }
    return new SheetTable(name, Collections.unmodifiableList(headers), rows, List.of(), cut, false);
  }

  /** UTF-8 when the bytes are valid UTF-8 (minus any BOM), otherwise Windows-1251. */
  static String decode(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, WINDOWS_1251);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** {@code ;} when the header line has more of them than commas. */
  static char separator(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
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
