package org.hubops.bench.national;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;

/** Batched {@code INSERT}s, for databases without {@code COPY} (H2, in tests). */
final class BatchSink implements RowSink {

  private static final int BATCH = 1_000;

  private final Connection connection;
  private PreparedStatement insert;
  private int pending;

  BatchSink(Connection connection) {
    this.connection = connection;
  }

  @Override
  public void begin(Table table) throws SQLException {
    String marks = String.join(", ", Collections.nCopies(table.columns.size(), "?"));
    insert =
        connection.prepareStatement(
            "insert into " + table.name + " (" + table.columnList() + ") values (" + marks + ")");
  }

  @Override
  public void row(Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      // As Database.configure binds them in the service: UTC offset, never the JVM's zone.
      insert.setObject(
          i + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
    }
    insert.addBatch();
    if (++pending == BATCH) {
      insert.executeBatch();
      pending = 0;
    }
  }

  @Override
  public void end() throws SQLException {
    if (pending > 0) {
      insert.executeBatch();
      pending = 0;
    }
    insert.close();
    insert = null;
  }

  @Override
  public void close() throws SQLException {
    if (insert != null) {
      insert.close();
    }
  }
}
