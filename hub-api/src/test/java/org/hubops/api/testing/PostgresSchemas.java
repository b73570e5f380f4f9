package org.hubops.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schemas tests make in the shared PostgreSQL: dropped when the test JVM ends, and noted in
 * {@code target/postgres-schemas.log} so CI can prove the PostgreSQL tests really ran.
 */
final class PostgresSchemas {

  private static final Path LOG = Path.of("target", "postgres-schemas.log");
  private static final List<String> CREATED = new ArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(PostgresSchemas::dropAll));
  }

  private PostgresSchemas() {}

  static synchronized void created(String schema) {
    CREATED.add(schema);
    try {
      Files.createDirectories(LOG.getParent());
      Files.writeString(
          LOG,
          schema + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized void dropAll() {
    try (Connection connection =
            DriverManager.getConnection(TestDatabase.pgUrl(), TestDatabase.pgUser(), "");
        Statement statement = connection.createStatement()) {
      for (String schema : CREATED) {
        statement.execute("drop schema if exists " + schema + " cascade");
      }
    } catch (SQLException e) {
      // The database went away first; the next run's schemas have other names anyway.
    }
  }
}
