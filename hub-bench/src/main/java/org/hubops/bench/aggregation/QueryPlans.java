package org.hubops.bench.aggregation;

import io.dropwizard.jackson.Jackson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hubops.api.reports.ReportService;
import org.hubops.bench.BenchDatabase;
import org.hubops.model.Quarter;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;

/**
 * {@code QueryPlans config.yml year quarter plans.txt}: the plan PostgreSQL ran for every query of
 * the quarter's aggregation, with actual rows and times, as {@code auto_explain} reports them. The
 * plans come back as notices on the statements, so no access to the server's log is needed; loading
 * {@code auto_explain} for the database takes a superuser, and is undone at the end.
 */
public final class QueryPlans {

  private static final String[] SETTINGS = {
    "session_preload_libraries = 'auto_explain'",
    "auto_explain.log_min_duration = 0",
    "auto_explain.log_analyze = on",
    "auto_explain.log_buffers = on",
    "auto_explain.log_level = notice"
  };

  private QueryPlans() {}

  public static void main(String[] args) throws Exception {
    String config = args[0];
    Quarter quarter = Quarter.of(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    Path output = Path.of(args[3]);
    String database;
    try (BenchDatabase admin = BenchDatabase.open(config)) {
      database =
          admin
              .jdbi()
              .withHandle(
                  h -> h.createQuery("select current_database()").mapTo(String.class).one());
      admin.jdbi().useHandle(h -> set(h, database, true));
    }
    List<String> plans = new ArrayList<>();
    try (BenchDatabase explained = BenchDatabase.open(config)) {
      explained.jdbi().getConfig(SqlStatements.class).addCustomizer(new Notices(plans));
      new ReportService(explained.jdbi(), Clock.systemUTC(), Jackson.newObjectMapper())
          .quarterly(quarter, null);
    } finally {
      try (BenchDatabase admin = BenchDatabase.open(config)) {
        admin.jdbi().useHandle(h -> set(h, database, false));
      }
    }
    Files.writeString(output, String.join("\n\n", plans) + "\n", StandardCharsets.UTF_8);
    System.out.printf("%d query plans written to %s%n", plans.size(), output);
  }

  private static void set(org.jdbi.v3.core.Handle handle, String database, boolean on) {
    for (String setting : SETTINGS) {
      String name = setting.substring(0, setting.indexOf(' '));
      handle.execute(
          on
              ? "alter database \"" + database + "\" set " + setting
              : "alter database \"" + database + "\" reset " + name);
    }
  }

  /** Collects each statement's notices (the plans) when it is closed, after its last row. */
  private record Notices(List<String> plans) implements StatementCustomizer {
    @Override
    public void afterExecution(java.sql.PreparedStatement statement, StatementContext ctx) {
      ctx.addCleanable(() -> collect(statement));
    }

    private void collect(Statement statement) throws SQLException {
      for (SQLWarning w = statement.getWarnings(); w != null; w = w.getNextWarning()) {
        plans.add(w.getMessage());
      }
      for (SQLWarning w = statement.getConnection().getWarnings();
          w != null;
          w = w.getNextWarning()) {
        plans.add(w.getMessage());
      }
      statement.getConnection().clearWarnings();
    }
  }
}
