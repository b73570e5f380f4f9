package org.hubops.reports;

/**
 * A column of a data sheet.
 *
 * @param header what the header row says
 * @param kind how its values are formatted
 * @param totalled whether the totals row sums it
 * @param wrapWidth the width, in units, of a {@link Kind#WRAPPED} column
 */
record Column(String header, Kind kind, boolean totalled, double wrapWidth) {

  Column(String header, Kind kind, boolean totalled) {
    this(header, kind, totalled, Table.WRAPPED_WIDTH);
  }

  /** How a column's values look, which also decides its style and width. */
  enum Kind {
    TEXT,
    /**
     * Text that may be long (names, topics): a fixed width, wrapped onto as many lines as needed.
     */
    WRAPPED,
    INTEGER,
    HOURS,
    DATE,
    DATE_TIME
  }

  static Column text(String header) {
    return new Column(header, Kind.TEXT, false);
  }

  /** Long text, wrapped in a column of fixed width rather than cut. */
  static Column wrapped(String header) {
    return new Column(header, Kind.WRAPPED, false);
  }

  /**
   * Text wrapped at {@code width} units (or its header's width, if wider): narrower than {@link
   * #wrapped(String)}, for a sheet with many columns that must print legibly on one page width.
   */
  static Column wrapped(String header, double width) {
    return new Column(header, Kind.WRAPPED, false, width);
  }

  static Column date(String header) {
    return new Column(header, Kind.DATE, false);
  }

  static Column dateTime(String header) {
    return new Column(header, Kind.DATE_TIME, false);
  }

  /** A count that the totals row adds up. */
  static Column count(String header) {
    return new Column(header, Kind.INTEGER, true);
  }

  /** A count that must not be added up, e.g. days. */
  static Column integer(String header) {
    return new Column(header, Kind.INTEGER, false);
  }

  static Column hours(String header) {
    return new Column(header, Kind.HOURS, true);
  }
}
