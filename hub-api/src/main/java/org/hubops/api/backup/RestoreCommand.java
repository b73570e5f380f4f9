package org.hubops.api.backup;

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.h2.api.ErrorCode;
import org.h2.tools.DeleteDbFiles;
import org.h2.tools.Restore;
import org.hubops.api.HubConfiguration;

/**
 * {@code restore config.yml FILE.zip [--force]}: puts a backup made by {@code backup} in place of
 * the embedded H2 database, with the service stopped. A database that holds hubs or sessions is
 * replaced only with {@code --force}, so a restore never wipes records by a slip of the hand.
 */
public final class RestoreCommand extends ConfiguredCommand<HubConfiguration> {

  public RestoreCommand() {
    super("restore", "Restores the embedded H2 database from a backup zip (service stopped)");
  }

  @Override
  public void configure(Subparser subparser) {
    super.configure(subparser);
    subparser.addArgument("backup").help("the zip file written by the backup command");
    subparser
        .addArgument("--force")
        .action(Arguments.storeTrue())
        .help("replace a database that already holds records");
  }

  @Override
  protected void run(
      Bootstrap<HubConfiguration> bootstrap, Namespace namespace, HubConfiguration config)
      throws Exception {
    String url = config.getDatabase().getUrl();
    if (!H2Location.isH2(url)) {
      throw new BackupException(
          "This configuration uses PostgreSQL: restore with pg_restore (see docs/reliability.md)");
    }
    H2Location location = H2Location.of(url);
    Path backup = Path.of(namespace.getString("backup"));
    requireBackupOf(backup, location);
    if (Files.exists(location.dataFile())) {
      long records = records(location, config);
      if (records > 0 && !namespace.getBoolean("force")) {
        throw new BackupException(
            location.dataFile()
                + " holds "
                + records
                + " hubs and sessions; add --force to replace them with the backup");
      }
    }
    DeleteDbFiles.execute(location.folder().toString(), location.name(), true);
    Restore.execute(backup.toString(), location.folder().toString(), location.name());
    System.out.println("Restored " + location.dataFile() + " from " + backup);
  }

  private static void requireBackupOf(Path backup, H2Location location) throws IOException {
    if (!Files.isRegularFile(backup)) {
      throw new BackupException("No backup file " + backup);
    }
    try (ZipFile zip = new ZipFile(backup.toFile())) {
      ZipEntry entry = zip.getEntry(location.name() + ".mv.db");
      if (entry == null) {
        throw new BackupException(
            backup + " holds no database named " + location.name() + " (no .mv.db entry)");
      }
    }
  }

  /** Hubs and sessions in the database, which must not be open elsewhere. */
  private static long records(H2Location location, HubConfiguration config) {
    try (Connection connection =
            DriverManager.getConnection(
                location.localUrl(),
                config.getDatabase().getUser(),
                config.getDatabase().getPassword());
        Statement statement = connection.createStatement();
        ResultSet counts =
            statement.executeQuery(
                "select (select count(*) from hub) + (select count(*) from session)")) {
      counts.next();
      return counts.getLong(1);
    } catch (SQLException e) {
      if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
        throw new BackupException("The database is in use: stop the service first", e);
      }
      if (e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
          || e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1) {
        return 0;
      }
      throw new BackupException("Cannot read " + location.dataFile() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void onError(Cli cli, Namespace namespace, Throwable e) {
    cli.getStdErr().println(e.getMessage());
  }
}
