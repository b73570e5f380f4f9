package org.hubops.api.platform;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.migrations.CloseableLiquibase;
import io.dropwizard.migrations.CloseableLiquibaseWithClassPathMigrationsFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.ui.LoggerUIService;

/** Brings the schema up to date with the Liquibase changelog, as {@code db migrate} does. */
public final class Migrations {

  public static final String CHANGELOG = "db/changelog.xml";

  private Migrations() {}

  /**
   * Migrates on a short-lived pool of its own, closed when done. A database whose recorded {@link
   * ChangelogFingerprint} matches this build's changelog is already up to date, and Liquibase is
   * not even started: that halves the embedded service's start (docs/benchmarks.md).
   */
  public static void migrate(DataSourceFactory database) {
    String fingerprint = ChangelogFingerprint.of(CHANGELOG);
    ManagedDataSource dataSource = database.build(new MetricRegistry(), "migrations");
    if (isRecorded(dataSource, fingerprint)) {
      stop(dataSource);
      return;
    }
    try (CloseableLiquibase liquibase =
        new CloseableLiquibaseWithClassPathMigrationsFile(dataSource, CHANGELOG)) {
      // Progress and the update summary go to the log, not straight to the console as Liquibase
      // does by default. The summary's destination must be set on the Liquibase object: it passes
      // its own (console) to the update command, whatever the scope says.
      liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
      Scope.child(
          Map.of(Scope.Attr.ui.name(), new LoggerUIService()),
          () -> liquibase.update(new Contexts(), new LabelExpression()));
      record(dataSource, fingerprint);
    } catch (Exception e) {
      throw new IllegalStateException("Could not bring the database schema up to date", e);
    }
  }

  private static boolean isRecorded(DataSource dataSource, String fingerprint) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select count(*) from schema_fingerprint where fingerprint = ?")) {
      query.setString(1, fingerprint);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() && rows.getLong(1) > 0;
      }
    } catch (SQLException e) {
      // No such table yet (a new database, or one from before it existed): migrate.
      return false;
    }
  }

  private static void record(DataSource dataSource, String fingerprint) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement clear = connection.createStatement();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into schema_fingerprint (fingerprint, recorded_at) values (?, ?)")) {
      clear.executeUpdate("delete from schema_fingerprint");
      insert.setString(1, fingerprint);
      insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
      insert.executeUpdate();
    }
  }

  private static void stop(ManagedDataSource dataSource) {
    try {
      dataSource.stop();
    } catch (Exception e) {
      // Nothing was written through it.
    }
  }
}
