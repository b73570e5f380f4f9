package org.hubops.bench.national;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hubops.api.reports.FigureRollup;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Fills an empty database with a national network's year: {@link HubRegister} for the hubs, {@link
 * HubYear} for each hub's rows. One pass per table, in foreign-key order, all in one transaction: a
 * failure part-way leaves the database as it was. PostgreSQL gets {@code COPY}, others batches.
 */
public final class NationalData {

  private final long seed;
  private final double scale;
  private final int year;
  private final PrintStream progress;

  public NationalData(long seed, double scale, int year, PrintStream progress) {
    this.seed = seed;
    this.scale = scale;
    this.year = year;
    this.progress = progress;
  }

  public Tally write(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
      List<String> topics = topics(connection);
      List<NationalHub> hubs = HubRegister.generate(seed, scale, year);
      Tally tally = new Tally();
      connection.setAutoCommit(false);
      if (postgres) {
        skipForeignKeyChecks(connection);
      }
      try (RowSink sink = postgres ? new CopySink(connection) : new BatchSink(connection)) {
        for (Table table : Table.values()) {
          write(table, hubs, topics, new Counting(sink), tally);
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
      keepFigures(dataSource);
      if (postgres) {
        analyze(connection);
      }
      return tally;
    }
  }

  private void write(
      Table table, List<NationalHub> hubs, List<String> topics, Counting sink, Tally tally)
      throws SQLException {
    long started = System.nanoTime();
    sink.begin(table);
    for (NationalHub hub : hubs) {
      new HubYear(hub, seed, year, topics).write(table, sink, tally);
    }
    sink.end();
    tally.rows(table, sink.count);
    double seconds = (System.nanoTime() - started) / 1e9;
    progress.printf(
        "%-16s %,12d rows in %6.1f s (%,.0f rows/s)%n",
        table.name, sink.count, seconds, sink.count / Math.max(seconds, 1e-3));
  }

  /**
   * The rows are consistent by construction (parents are written on earlier passes, from the same
   * streams), so checking each child's foreign keys row by row, which takes two thirds of the load
   * time, proves nothing; NationalDataTest checks the keys once afterwards. Only a superuser may
   * switch the checks off, so anyone else waits the extra minutes.
   */
  private void skipForeignKeyChecks(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        var role =
            statement.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
      if (role.next() && role.getBoolean(1)) {
        statement.execute("set local session_replication_role = replica");
        progress.println("Foreign keys are not checked row by row while loading (superuser).");
      }
    }
  }

  /** The report figures kept per hub and month, as the service keeps them when it logs sessions. */
  private void keepFigures(DataSource dataSource) {
    long started = System.nanoTime();
    Jdbi.create(dataSource)
        .installPlugin(new SqlObjectPlugin())
        .useTransaction(FigureRollup::recountAll);
    progress.printf("figures per hub and month %16.1f s%n", (System.nanoTime() - started) / 1e9);
  }

  /**
   * Fresh statistics and visibility map, as autovacuum would leave them some minutes later: the
   * query plans of the benchmarks are then those of a settled database.
   */
  private void analyze(Connection connection) throws SQLException {
    long started = System.nanoTime();
    try (Statement statement = connection.createStatement()) {
      for (Table table : Table.values()) {
        statement.execute("VACUUM (ANALYZE) " + table.name);
      }
      for (String kept :
          List.of("figure_hub_month", "figure_topic_month", "figure_person_quarter")) {
        statement.execute("VACUUM (ANALYZE) " + kept);
      }
    }
    progress.printf("vacuum, analyze  %25.1f s%n", (System.nanoTime() - started) / 1e9);
  }

  private static List<String> topics(Connection connection) throws SQLException {
    List<String> codes = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        var rows = statement.executeQuery("select code from topic order by code")) {
      while (rows.next()) {
        codes.add(rows.getString(1));
      }
    }
    if (codes.isEmpty()) {
      throw new IllegalStateException("No topics: migrate the database first");
    }
    return codes;
  }

  /** Counts the rows of the table being written. */
  private static final class Counting implements RowSink {
    private final RowSink sink;
    private long count;

    Counting(RowSink sink) {
      this.sink = sink;
    }

    @Override
    public void begin(Table table) throws SQLException {
      count = 0;
      sink.begin(table);
    }

    @Override
    public void row(Object... values) throws SQLException {
      count++;
      sink.row(values);
    }

    @Override
    public void end() throws SQLException {
      sink.end();
    }

    @Override
    public void close() {}
  }
}
