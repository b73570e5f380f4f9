package org.hubops.bench.national;

import java.sql.SQLException;

/** Where generated rows go: one table at a time, rows in {@link Table#columns} order. */
interface RowSink extends AutoCloseable {

  void begin(Table table) throws SQLException;

  /** Values are Strings, numbers, booleans, UUIDs, java.time values or null. */
  void row(Object... values) throws SQLException;

  /** Ends the table begun last; its rows are sent but not yet committed. */
  void end() throws SQLException;

  @Override
  void close() throws SQLException;
}
