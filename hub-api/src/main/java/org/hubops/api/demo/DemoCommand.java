package org.hubops.api.demo;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import java.time.Clock;
import java.time.LocalDate;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.hubops.api.HubConfiguration;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.platform.Database;
import org.hubops.api.platform.Migrations;
import org.hubops.model.Kyiv;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * {@code demo config.yml [--seed N] [--until YYYY-MM-DD]}: fills an empty database with believable
 * demo data; leaves a database that already has hubs alone, so it is safe to run every time.
 */
public final class DemoCommand extends ConfiguredCommand<HubConfiguration> {

  public DemoCommand() {
    super("demo", "Fill an empty database with demo hubs, sessions and equipment");
  }

  @Override
  public void configure(Subparser subparser) {
    super.configure(subparser);
    subparser
        .addArgument("--seed")
        .type(Long.class)
        .setDefault(42L)
        .help("random seed: the same seed gives the same data (default 42)");
    subparser
        .addArgument("--hubs")
        .type(Integer.class)
        .setDefault(42)
        .help(
            "how many hubs (default 42; there are real settlements for 45, most of them villages)");
    subparser
        .addArgument("--until")
        .type(String.class)
        .help("last day of demo data, YYYY-MM-DD (default today in Kyiv)");
  }

  @Override
  protected void run(
      Bootstrap<HubConfiguration> bootstrap, Namespace namespace, HubConfiguration config) {
    Migrations.migrate(config.getDatabase());
    ManagedDataSource dataSource = config.getDatabase().build(new MetricRegistry(), "demo");
    try {
      Jdbi jdbi = Jdbi.create(dataSource);
      jdbi.installPlugin(new SqlObjectPlugin());
      Database.configure(jdbi);
      long hubs =
          jdbi.withHandle(h -> h.createQuery("select count(*) from hub").mapTo(Long.class).one());
      if (hubs > 0) {
        System.out.printf("The database already has %d hubs; no demo data added.%n", hubs);
        return;
      }
      String until = namespace.getString("until");
      LocalDate lastDay = until == null ? Kyiv.today(Clock.systemUTC()) : LocalDate.parse(until);
      long started = System.nanoTime();
      DemoData.Summary summary =
          new DemoData(
                  jdbi,
                  new AuditLog(bootstrap.getObjectMapper(), Clock.systemUTC()),
                  namespace.getLong("seed"),
                  lastDay,
                  namespace.getInt("hubs"))
              .write();
      System.out.printf(
          "Demo data added in %.1f s: %d hubs, %d sessions, %d attendances (seed %d, until %s).%n",
          (System.nanoTime() - started) / 1e9,
          summary.hubs(),
          summary.sessions(),
          summary.attendees(),
          namespace.getLong("seed"),
          lastDay);
    } finally {
      try {
        dataSource.stop();
      } catch (Exception e) {
        // Closing a pool at exit cannot lose data: everything was committed.
      }
    }
  }
}
