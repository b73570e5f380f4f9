package org.hubops.api.places;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.hubops.api.HubConfiguration;
import org.hubops.api.platform.Database;
import org.hubops.api.platform.Migrations;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * {@code load-places config.yml FILE.csv [--edition 2025-09-01]}: loads a newer edition of the
 * codifier (КАТОТТГ, as the Ministry publishes it) over the stored one, in one transaction, and
 * prints what changed and which hubs stand on codes it retired.
 */
public final class LoadPlacesCommand extends ConfiguredCommand<HubConfiguration> {

  private final PrintStream out;

  public LoadPlacesCommand(PrintStream out) {
    super("load-places", "Loads a newer edition of the codifier of places (КАТОТТГ)");
    this.out = out;
  }

  @Override
  public void configure(Subparser subparser) {
    super.configure(subparser);
    subparser.addArgument("edition-file").help("the codifier file (;-separated UTF-8 CSV)");
    subparser
        .addArgument("--edition")
        .help("the edition's date, YYYY-MM-DD (default: the date in the file name, else today)");
  }

  @Override
  protected void run(
      Bootstrap<HubConfiguration> bootstrap, Namespace namespace, HubConfiguration config)
      throws Exception {
    Path file = Path.of(namespace.getString("edition_file"));
    String edition =
        namespace.getString("edition") != null
            ? LocalDate.parse(namespace.getString("edition")).toString()
            : Edition.dateIn(file.getFileName().toString()).orElse(LocalDate.now().toString());
    if (config.isMigrateOnStart()) {
      Migrations.migrate(config.getDatabase());
    }
    ManagedDataSource dataSource =
        config.getDatabase().build(bootstrap.getMetricRegistry(), getName());
    try (InputStream in = Files.newInputStream(file)) {
      Jdbi jdbi = Jdbi.create(dataSource);
      jdbi.installPlugin(new SqlObjectPlugin());
      Database.configure(jdbi);
      long started = System.nanoTime();
      PlaceEditions.Result result = new PlaceEditions(jdbi).load(edition, in);
      report(result, (System.nanoTime() - started) / 1_000_000);
    } finally {
      dataSource.stop();
    }
  }

  private void report(PlaceEditions.Result result, long millis) {
    PlaceLoader.Outcome outcome = result.outcome();
    out.printf(
        "Edition %s loaded in %d ms: %d added, %d renamed, %d retired, %d back in use;"
            + " %d hubs took new names%n",
        outcome.edition(),
        millis,
        outcome.added(),
        outcome.renamed(),
        outcome.retired(),
        outcome.restored(),
        result.hubsRenamed());
    for (Map.Entry<PlaceCategory, Integer> category : outcome.categories().entrySet()) {
      out.printf("  %s: %d%n", category.getKey(), category.getValue());
    }
    if (result.retypedHubs().isEmpty()) {
      out.println("No hub's settlement type changed.");
    } else {
      out.println("Hubs whose settlement changed category (their settlement type follows):");
      for (PlaceEditions.RetypedHub hub : result.retypedHubs()) {
        out.printf(
            "  %s %s: %s %s, %s -> %s%n",
            hub.code(), hub.name(), hub.settlementCode(), hub.settlement(), hub.from(), hub.to());
      }
    }
    if (result.retiredHubs().isEmpty()) {
      out.println("No hub stands on a retired code.");
      return;
    }
    out.println("Hubs on retired codes (give each its current settlement code):");
    for (PlaceEditions.RetiredHub hub : result.retiredHubs()) {
      out.printf(
          "  %s %s: %s %s%n", hub.code(), hub.oblast(), hub.settlementCode(), hub.settlement());
    }
  }
}
