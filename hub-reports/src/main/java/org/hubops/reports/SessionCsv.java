package org.hubops.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hubops.model.Kyiv;
import org.hubops.model.Labelled;
import org.hubops.model.Language;
import org.hubops.model.report.SessionLine;
import org.hubops.model.rest.Oblast;

/**
 * The session detail as a zipped CSV file, for periods past a sheet's million rows (a national
 * year) and for tools that read CSV. Its columns are the Sessions sheet's, in the same language.
 * RFC 4180: comma-separated, quoted where needed, CRLF line ends; UTF-8 with a byte-order mark so
 * that Excel reads Cyrillic; numbers with a dot; times in Kyiv. Text typed by users that a
 * spreadsheet would take for a formula is prefixed with an apostrophe, as in the workbooks.
 */
public final class SessionCsv {

  /** The one file inside the zip. */
  public static final String ENTRY = "sessions.csv";

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Language language;

  public SessionCsv(Language language) {
    this.language = language;
  }

  /**
   * Writes the zip with every line of {@code sessions}, read once in order; {@code oblasts} name
   * the lines' oblasts. {@code out} is finished but not closed. Returns the number of sessions.
   */
  public long write(Iterator<SessionLine> sessions, List<Oblast> oblasts, OutputStream out)
      throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    zip.setLevel(ReportBook.ZIP_LEVEL); // as the workbook's: speed over a few megabytes
    zip.putNextEntry(new ZipEntry(ENTRY));
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
    Labels labels = labelled -> labelled.label(language);
    List<Column> columns = SessionSheet.columns(labels);
    Line line = new Line(writer, columns, labels);
    OblastNames names = new OblastNames(oblasts, language);
    long count = 0;
    try {
      writer.write('\uFEFF');
      for (Column column : columns) {
        line.field(column.header(), false);
      }
      line.end();
      while (sessions.hasNext()) {
        SessionSheet.writeLine(line, sessions.next(), names);
        line.end();
        count++;
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    writer.flush();
    zip.closeEntry();
    zip.finish();
    return count;
  }

  /** One CSV line being written, cell by cell. */
  private static final class Line implements RowCells {
    private final Writer out;
    private final List<Column> columns;
    private final Labels labels;
    private int column;

    Line(Writer out, List<Column> columns, Labels labels) {
      this.out = out;
      this.columns = columns;
      this.labels = labels;
    }

    @Override
    public Line text(String value) {
      return field(value, false);
    }

    @Override
    public Line label(Labelled value) {
      return field(value == null ? null : labels.label(value), false);
    }

    @Override
    public Line userText(String value) {
      return field(value, true);
    }

    @Override
    public Line number(double value) {
      boolean whole = columns.get(column).kind() == Column.Kind.INTEGER;
      return field(
          whole
              ? Long.toString(Math.round(value))
              : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString(),
          false);
    }

    @Override
    public Line date(LocalDate value) {
      return field(value == null ? null : value.toString(), false);
    }

    @Override
    public Line dateTime(Instant value) {
      return field(value == null ? null : MINUTES.format(value.atZone(Kyiv.ZONE)), false);
    }

    Line field(String value, boolean typed) {
      try {
        if (column++ > 0) {
          out.write(',');
        }
        if (value == null) {
          return this;
        }
        String shown = typed && Cells.looksLikeFormula(value) ? "'" + value : value;
        if (shown.indexOf(',') >= 0
            || shown.indexOf('"') >= 0
            || shown.indexOf('\n') >= 0
            || shown.indexOf('\r') >= 0) {
          out.write('"');
          out.write(shown.replace("\"", "\"\""));
          out.write('"');
        } else {
          out.write(shown);
        }
        return this;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void end() throws IOException {
      out.write("\r\n");
      column = 0;
    }
  }
}
