package org.hubops.api.places;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hubops.api.HubApplication;
import org.hubops.api.HubConfiguration;
import org.hubops.api.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load-places config.yml FILE}, run as an operator would, on the embedded database. */
class LoadPlacesCommandTest {

  @TempDir Path folder;

  @Test
  void aNewerEditionIsLoadedAndWhatChangedIsPrinted() throws Exception {
    DataSourceFactory database = TestDatabase.H2.fresh();
    String tukhlia = "UA46100210130069026";
    Path edition = folder.resolve("katottg-2025-09-01.csv");
    Files.writeString(
        edition,
        new String(PlaceLoadTest.bundledBytes(), StandardCharsets.UTF_8)
            .lines()
            .filter(line -> !line.contains(tukhlia))
            .reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append)
            .toString());
    Path config = folder.resolve("config.yml");
    Files.writeString(
        config,
        """
        database:
          driverClass: %s
          url: "%s"
          user: %s
          password: ""
        migrateOnStart: true
        logging:
          level: WARN
        """
            .formatted(database.getDriverClass(), database.getUrl(), database.getUser()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream stdOut = new PrintStream(out, true, StandardCharsets.UTF_8);
    Bootstrap<HubConfiguration> bootstrap = new Bootstrap<>(new HubApplication());
    bootstrap.setConfigurationFactoryFactory(
        (type, validator, json, prefix) ->
            new YamlConfigurationFactory<>(type, validator, json, "hubops-command"));
    bootstrap.addCommand(new LoadPlacesCommand(stdOut));
    Cli cli = new Cli(new JarLocation(HubApplication.class), bootstrap, stdOut, stdOut);

    Optional<Throwable> failure = cli.run("load-places", config.toString(), edition.toString());

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(failure).as(printed).isEmpty();
    assertThat(printed)
        .contains("Edition 2025-09-01 loaded")
        .contains("0 added, 0 renamed, 1 retired")
        .contains("  C: 27236")
        .contains("No hub's settlement type changed.")
        .contains("No hub stands on a retired code.");
  }
}
