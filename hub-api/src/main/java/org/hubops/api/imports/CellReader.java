package org.hubops.api.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.hubops.api.platform.Messages;
import org.hubops.model.Labelled;
import org.hubops.model.imports.SheetColumn;
import org.hubops.model.imports.YesNo;

/**
 * Reads typed values from the cells of one sheet and reports, at the cell, any that cannot be read.
 * A cell that cannot be read is returned as blank, so the caller goes on and every problem of the
 * file is found in one pass.
 */
final class CellReader<C extends Enum<C> & SheetColumn> {

  /** Serial numbers of 2000-01-01 and 2099-12-31: a plain number in between is taken as a date. */
  private static final double FIRST_PLAUSIBLE_DAY = 36526;

  private static final double LAST_PLAUSIBLE_DAY = 73415;

  private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?");
  private static final int MINUTES_PER_DAY = 24 * 60;

  private final Columns<C> columns;
  private final FileProblems problems;

  CellReader(Columns<C> columns, FileProblems problems) {
    this.columns = columns;
    this.problems = problems;
  }

  Columns<C> columns() {
    return columns;
  }

  /**
   * Reports a problem at the row's cell in {@code column}; when the file has no such column, at the
   * row's first known column, which names the record.
   */
  void problem(SheetTable.Row row, C column, String key, Object... args) {
    problemText(row, column, problems.messages().get(key, args));
  }

  /** As {@link #problem}, with the message already in the request's language. */
  void problemText(SheetTable.Row row, C column, String message) {
    problemText(row.number(), column, message);
  }

  /** As {@link #problemText(SheetTable.Row, Enum, String)}, for the row numbered {@code row}. */
  void problemText(int row, C column, String message) {
    int index = columns.has(column) ? columns.index(column) : columns.firstIndex();
    problems.cellMessage(columns.table(), row, index, message);
  }

  Messages messages() {
    return problems.messages();
  }

  /** The cell's text, a number as shown; null when blank or unreadable. */
  String text(SheetTable.Row row, C column) {
    Cell cell = readable(row, column);
    if (cell == null) {
      return null;
    }
    if (cell.kind() == Cell.Kind.DATE) {
      problem(row, column, "import.dateInText");
      return null;
    }
    String text = cell.text().strip();
    return text.isEmpty() ? null : text;
  }

  /** The text's items separated by {@code ;}, blanks left out. */
  List<String> items(SheetTable.Row row, C column) {
    String text = text(row, column);
    List<String> items = new ArrayList<>();
    if (text != null) {
      for (String item : text.split(";")) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
    }
    return items;
  }

  /**
   * A date: a date cell, a serial number that can only be a recent date, or text as {@code
   * 12.03.2026} or {@code 2026-03-12}.
   */
  LocalDate date(SheetTable.Row row, C column) {
    Cell cell = readable(row, column);
    if (cell == null) {
      return null;
    }
    switch (cell.kind()) {
      case DATE, NUMBER -> {
        double day = cell.number();
        boolean plausible =
            cell.kind() == Cell.Kind.DATE
                ? day >= 1
                : day >= FIRST_PLAUSIBLE_DAY && day <= LAST_PLAUSIBLE_DAY && day == (long) day;
        if (plausible) {
          return DateUtil.getLocalDateTime(day, columns.table().date1904()).toLocalDate();
        }
      }
      case TEXT -> {
        LocalDate date = parseDate(cell.text().strip());
        if (date != null) {
          return date;
        }
      }
      default -> {}
    }
    problem(row, column, "import.badDate");
    return null;
  }

  /** A time of day to the minute: a time cell, a day fraction, or text as {@code 10:30}. */
  LocalTime time(SheetTable.Row row, C column) {
    Cell cell = readable(row, column);
    if (cell == null) {
      return null;
    }
    if (cell.kind() == Cell.Kind.DATE || cell.kind() == Cell.Kind.NUMBER) {
      long minutes = Math.round(cell.number() * MINUTES_PER_DAY);
      if (cell.number() >= 0 && minutes < MINUTES_PER_DAY) {
        return LocalTime.of((int) minutes / 60, (int) minutes % 60);
      }
    } else if (cell.kind() == Cell.Kind.TEXT) {
      Matcher m = TIME.matcher(cell.text().strip());
      if (m.matches() && Integer.parseInt(m.group(1)) < 24 && Integer.parseInt(m.group(2)) < 60) {
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
    }
    problem(row, column, "import.badTime");
    return null;
  }

  /** A whole number, typed as a number or as text. */
  Integer wholeNumber(SheetTable.Row row, C column) {
    Cell cell = readable(row, column);
    if (cell == null) {
      return null;
    }
    if (cell.kind() == Cell.Kind.NUMBER || cell.kind() == Cell.Kind.TEXT) {
      try {
        return new BigDecimal(cell.text().strip().replace(',', '.')).intValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        // reported below
      }
    }
    problem(row, column, "import.badNumber");
    return null;
  }

  /** A value of a closed vocabulary, by label or code. */
  <E extends Enum<E> & Labelled> E choice(SheetTable.Row row, C column, Class<E> type) {
    String text = text(row, column);
    if (text == null) {
      return null;
    }
    E value = Choices.match(type, text);
    if (value == null) {
      problem(
          row,
          column,
          "import.unknownChoice",
          text,
          Choices.allowed(type, problems.messages().language()));
    }
    return value;
  }

  /** Yes or no; blank is no, since people leave "no" empty. */
  boolean yesNo(SheetTable.Row row, C column) {
    Cell cell = readable(row, column);
    if (cell == null) {
      return false;
    }
    String text = cell.text().strip().toLowerCase(Locale.ROOT);
    YesNo answer = Choices.match(YesNo.class, text);
    if (answer != null) {
      return answer == YesNo.YES;
    }
    switch (text) {
      case "true", "1", "+" -> {
        return true;
      }
      case "false", "0", "-" -> {
        return false;
      }
      default -> {
        problem(
            row,
            column,
            "import.unknownChoice",
            cell.text(),
            Choices.allowed(YesNo.class, problems.messages().language()));
        return false;
      }
    }
  }

  /** The cell, or null when blank or when it holds a formula or an error (which is reported). */
  private Cell readable(SheetTable.Row row, C column) {
    Cell cell = columns.cell(row, column);
    if (cell == null) {
      return null;
    }
    if (cell.kind() == Cell.Kind.FORMULA) {
      problem(row, column, "import.formula", cell.text());
      return null;
    }
    if (cell.kind() == Cell.Kind.ERROR) {
      problem(row, column, "import.errorValue", cell.text());
      return null;
    }
    return cell.kind() == Cell.Kind.TEXT && cell.text().isBlank() ? null : cell;
  }

  private static LocalDate parseDate(String text) {
    try {
      Matcher dotted = DOTTED_DATE.matcher(text);
      if (dotted.matches()) {
        return LocalDate.of(
            Integer.parseInt(dotted.group(3)),
            Integer.parseInt(dotted.group(2)),
            Integer.parseInt(dotted.group(1)));
      }
      Matcher iso = ISO_DATE.matcher(text);
      if (iso.matches()) {
        return LocalDate.of(
            Integer.parseInt(iso.group(1)),
            Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      }
    } catch (DateTimeException e) {
      // 31.02.2026: the right shape, no such day
    }
    return null;
  }
}
