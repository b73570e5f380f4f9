package org.hubops.api.accounts;

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import java.io.PrintStream;
import java.time.Clock;
import java.util.stream.Collectors;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.hubops.api.HubConfiguration;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.Database;
import org.hubops.api.platform.Migrations;
import org.hubops.api.platform.ProblemException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * An operator's command on accounts, run from the shell against the configured database: it
 * migrates first (when the configuration migrates on start) and writes through {@link
 * AccountService}, so the audit trail names the operator's shell user.
 */
abstract class AccountCommand extends ConfiguredCommand<HubConfiguration> {

  /** Where the command reports; a stream of the test's in tests. */
  protected final PrintStream out;

  AccountCommand(String name, String description, PrintStream out) {
    super(name, description);
    this.out = out;
  }

  @Override
  public void configure(Subparser subparser) {
    super.configure(subparser);
    subparser.addArgument("--username").required(true).help("the account's username");
  }

  /** Does the work, once the database is ready. */
  abstract void run(HubService hubs, AccountService accounts, Namespace namespace);

  @Override
  protected void run(
      Bootstrap<HubConfiguration> bootstrap, Namespace namespace, HubConfiguration config)
      throws Exception {
    if (config.isMigrateOnStart()) {
      Migrations.migrate(config.getDatabase());
    }
    ManagedDataSource dataSource =
        config.getDatabase().build(bootstrap.getMetricRegistry(), getName());
    try {
      Jdbi jdbi = Jdbi.create(dataSource);
      jdbi.installPlugin(new SqlObjectPlugin());
      Database.configure(jdbi);
      Clock clock = Clock.systemUTC();
      AuditLog audit = new AuditLog(bootstrap.getObjectMapper(), clock);
      run(new HubService(jdbi, clock, audit), new AccountService(jdbi, audit, clock), namespace);
    } finally {
      dataSource.stop();
    }
  }

  /** A refusal (unknown hub, invalid field) is told plainly, without a stack trace. */
  @Override
  public void onError(Cli cli, Namespace namespace, Throwable error) {
    if (error instanceof ProblemException problem) {
      String fields =
          problem.errors().stream()
              .map(e -> "\n  " + e.field() + ": " + e.message())
              .collect(Collectors.joining());
      cli.getStdErr().println(getName() + " failed: " + problem.getMessage() + fields);
    } else {
      super.onError(cli, namespace, error);
    }
  }
}
