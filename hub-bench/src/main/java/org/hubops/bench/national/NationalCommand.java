package org.hubops.bench.national;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import java.sql.SQLException;
import java.time.Clock;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.hubops.api.HubConfiguration;
import org.hubops.api.platform.Migrations;
import org.hubops.model.Kyiv;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code national config.yml [--scale S] [--year Y] [--seed N]}: fills an empty database with a
 * national network's year for benchmarks: at scale 1, 6,000 hubs, about 1.2 million sessions, 12
 * million attendee rows and 30,000 equipment items. Refuses a database that already has hubs.
 */
public final class NationalCommand extends ConfiguredCommand<HubConfiguration> {

  public NationalCommand() {
    super("national", "Fill an empty database with a national year of generated data (benchmarks)");
  }

  @Override
  public void configure(Subparser subparser) {
    super.configure(subparser);
    subparser
        .addArgument("--scale")
        .type(Double.class)
        .setDefault(1.0)
        .help("size: 1 is 6,000 hubs and 1.2 million sessions, 0.01 is 60 hubs (default 1)");
    subparser
        .addArgument("--year")
        .type(Integer.class)
        .help("the year of the sessions (default last year in Kyiv)");
    subparser
        .addArgument("--seed")
        .type(Long.class)
        .setDefault(7L)
        .help("random seed: the same seed and scale give the same data (default 7)");
  }

  @Override
  protected void run(
      Bootstrap<HubConfiguration> bootstrap, Namespace namespace, HubConfiguration config)
      throws SQLException {
    double scale = namespace.getDouble("scale");
    if (!(scale > 0 && scale <= 16)) {
      throw new IllegalArgumentException("--scale must be more than 0 and at most 16");
    }
    Integer year = namespace.getInt("year");
    int chosenYear = year != null ? year : Kyiv.today(Clock.systemUTC()).getYear() - 1;
    Migrations.migrate(config.getDatabase());
    ManagedDataSource dataSource = config.getDatabase().build(new MetricRegistry(), "national");
    try {
      long hubs =
          Jdbi.create(dataSource)
              .withHandle(h -> h.createQuery("select count(*) from hub").mapTo(Long.class).one());
      if (hubs > 0) {
        System.out.printf("The database already has %d hubs; nothing generated.%n", hubs);
        return;
      }
      long started = System.nanoTime();
      Tally tally =
          new NationalData(namespace.getLong("seed"), scale, chosenYear, System.out)
              .write(dataSource);
      System.out.printf(
          "Generated %d in %.0f s: %,d hubs, %,d sessions, %,d attendee rows, %,d equipment items."
              + "%n",
          chosenYear,
          (System.nanoTime() - started) / 1e9,
          tally.rows("hub"),
          tally.rows("session"),
          tally.rows("attendee"),
          tally.rows("equipment"));
    } finally {
      try {
        dataSource.stop();
      } catch (Exception e) {
        // Closing a pool at exit cannot lose data: everything was committed or rolled back.
      }
    }
  }
}
