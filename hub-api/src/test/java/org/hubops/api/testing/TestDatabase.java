package org.hubops.api.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dropwizard.db.DataSourceFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.hubops.api.platform.Database;
import org.hubops.api.platform.Migrations;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The two databases every storage test runs on. Each call of {@link #fresh()} gives an empty
 * database of its own (an in-memory H2, or a new schema in the local PostgreSQL), so tests never
 * see each other's rows.
 *
 * <p>PostgreSQL is at {@code hubops.pg.url} (default {@code 127.0.0.1:5432/test}, user {@code
 * postgres}). When it cannot be reached its tests are skipped, unless {@code
 * -Dhubops.requirePostgres=true} (CI) makes that a failure.
 */
public enum TestDatabase {
  H2,
  POSTGRES;

  private static final String PG_URL =
      System.getProperty("hubops.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String PG_USER = System.getProperty("hubops.pg.user", "postgres");

  /** Connection settings for a new, empty database of this kind. */
  public DataSourceFactory fresh() {
    DataSourceFactory factory = new DataSourceFactory();
    String name = "hubops_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (this == H2) {
      factory.setDriverClass("org.h2.Driver");
      factory.setUrl(
          "jdbc:h2:mem:"
              + name
              + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=128;DB_CLOSE_DELAY=-1");
      factory.setUser("sa");
      factory.setPassword("");
    } else {
      requirePostgres();
      execute("create schema " + name);
      PostgresSchemas.created(name);
      factory.setDriverClass("org.postgresql.Driver");
      // reWriteBatchedInserts as config/hub-api-postgres.yml has it, so tests run what production
      // does.
      factory.setUrl(
          PG_URL
              + (PG_URL.contains("?") ? "&" : "?")
              + "currentSchema="
              + name
              + "&reWriteBatchedInserts=true");
      factory.setUser(PG_USER);
      factory.setPassword("");
    }
    factory.setValidationQuery("SELECT 1");
    factory.setInitialSize(1);
    factory.setMinSize(1);
    factory.setMaxSize(8);
    return factory;
  }

  /** A fresh database brought up to date by the real migrations, with the service's Jdbi set-up. */
  public Jdbi migrated() {
    DataSourceFactory factory = fresh();
    Migrations.migrate(factory);
    Jdbi jdbi = Jdbi.create(factory.getUrl(), factory.getUser(), factory.getPassword());
    jdbi.installPlugin(new SqlObjectPlugin());
    Database.configure(jdbi);
    return jdbi;
  }

  static String pgUrl() {
    return PG_URL;
  }

  static String pgUser() {
    return PG_USER;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static void requirePostgres() {
    boolean required = Boolean.getBoolean("hubops.requirePostgres");
    try (Connection ignored = DriverManager.getConnection(PG_URL, PG_USER, "")) {
      return;
    } catch (SQLException e) {
      if (required) {
        throw new IllegalStateException("PostgreSQL is required but unreachable at " + PG_URL, e);
      }
      assumeTrue(false, "PostgreSQL unreachable at " + PG_URL + ": its tests are skipped");
    }
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
