package org.hubops.api.imports;

/**
 * A cell that is not blank, as read from a file.
 *
 * @param text what the cell holds as text: a number without trailing zeros ({@code 2.2}, {@code
 *     5}), a formula with its {@code =}
 * @param number the value of a {@link Kind#NUMBER} or {@link Kind#DATE} cell
 */
record Cell(Kind kind, String text, double number) {

  /** What a cell holds. CSV files hold only text. */
  enum Kind {
    TEXT,
    NUMBER,
    /** A number shown with a date or time format: Excel's serial days. */
    DATE,
    BOOLEAN,
    FORMULA,
    /** An error value such as {@code #REF!}. */
    ERROR
  }

  static Cell text(String text) {
    return new Cell(Kind.TEXT, text, 0);
  }
}
