package org.hubops.api.backup;

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.hubops.api.HubConfiguration;

/**
 * {@code backup config.yml --output FILE.zip}: a consistent copy of the embedded H2 database, taken
 * with H2's {@code BACKUP TO} while the database is open (through the service's auto-server when it
 * is running). PostgreSQL has its own tools; this command says which and fails.
 */
public final class BackupCommand extends ConfiguredCommand<HubConfiguration> {

  public BackupCommand() {
    super("backup", "Copies the embedded H2 database into a zip file (PostgreSQL: use pg_dump)");
  }

  @Override
  public void configure(Subparser subparser) {
    super.configure(subparser);
    subparser
        .addArgument("--output")
        .required(true)
        .help("the zip file to write, e.g. backups/hubops-2026-03-31.zip");
  }

  @Override
  protected void run(
      Bootstrap<HubConfiguration> bootstrap, Namespace namespace, HubConfiguration config)
      throws Exception {
    DataSourceFactory database = config.getDatabase();
    if (!H2Location.isH2(database.getUrl())) {
      throw new BackupException(
          "This configuration uses PostgreSQL: back it up with its own tool, e.g.\n"
              + "  pg_dump -Fc -h HOST -U USER -f hubops.dump DATABASE\n"
              + "and see docs/reliability.md for restoring.");
    }
    H2Location.of(database.getUrl()); // refuses an in-memory database: nothing would outlive it
    Path output = Path.of(namespace.getString("output")).toAbsolutePath();
    if (Files.exists(output)) {
      throw new BackupException(output + " exists already; choose a new file name");
    }
    Files.createDirectories(output.getParent());
    try (Connection connection =
            DriverManager.getConnection(
                database.getUrl(), database.getUser(), database.getPassword());
        Statement statement = connection.createStatement()) {
      statement.execute("BACKUP TO '" + output.toString().replace("'", "''") + "'");
    }
    System.out.println("Backup written to " + output);
  }

  /** Prints only the reason, not a stack trace: the operator needs what to do next. */
  @Override
  public void onError(Cli cli, Namespace namespace, Throwable e) {
    cli.getStdErr().println(e.getMessage());
  }
}
