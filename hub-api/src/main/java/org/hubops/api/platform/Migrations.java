package org.hubops.api.platform;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.migrations.CloseableLiquibase;
import io.dropwizard.migrations.CloseableLiquibaseWithClassPathMigrationsFile;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;

/** Brings the schema up to date with the Liquibase changelog, as {@code db migrate} does. */
public final class Migrations {

  public static final String CHANGELOG = "db/changelog.xml";

  private Migrations() {}

  /** Migrates on a short-lived pool of its own, closed when done. */
  public static void migrate(DataSourceFactory database) {
    ManagedDataSource dataSource = database.build(new MetricRegistry(), "migrations");
    try (CloseableLiquibase liquibase =
        new CloseableLiquibaseWithClassPathMigrationsFile(dataSource, CHANGELOG)) {
      // Progress goes to the log, not straight to the console as Liquibase does by default.
      Scope.child(
          Map.of(Scope.Attr.ui.name(), new LoggerUIService(), "liquibase.showSummaryOutput", "LOG"),
          () -> liquibase.update(new Contexts(), new LabelExpression()));
    } catch (Exception e) {
      throw new IllegalStateException("Could not bring the database schema up to date", e);
    }
  }
}
