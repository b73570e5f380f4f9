package org.hubops.api.accounts;

import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hubops.api.HubApplication;
import org.hubops.api.HubConfiguration;

/** Runs the operators' commands in-process, as {@code java -jar hub-api.jar ...} would. */
final class Commands {

  /** What a command printed, and whether it succeeded. */
  record Result(boolean succeeded, String out, String err) {

    /** The last line printed: where issue-token puts the token. */
    String lastLine() {
      String[] lines = out.strip().split("\\R");
      return lines[lines.length - 1];
    }
  }

  private Commands() {}

  /**
   * Runs {@code command} with a configuration file for {@code database}; add-account gets {@code
   * password} as if it had been typed.
   */
  static Result run(DataSourceFactory database, String password, String command, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stdOut = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream stdErr = new PrintStream(err, true, StandardCharsets.UTF_8);
    Bootstrap<HubConfiguration> bootstrap = new Bootstrap<>(new HubApplication());
    // Running services leave their ConfigOverrides as dw.* system properties; a command must
    // read its own file only, as it would in a JVM of its own.
    bootstrap.setConfigurationFactoryFactory(
        (type, validator, json, prefix) ->
            new YamlConfigurationFactory<>(type, validator, json, "hubops-command"));
    bootstrap.addCommand(new AddAccountCommand(stdOut, username -> password));
    bootstrap.addCommand(new IssueTokenCommand(stdOut));
    List<String> arguments = new ArrayList<>(List.of(command, configFile(database).toString()));
    arguments.addAll(Arrays.asList(args));
    Cli cli = new Cli(new JarLocation(HubApplication.class), bootstrap, stdOut, stdErr);
    Optional<Throwable> failure = cli.run(arguments.toArray(String[]::new));
    return new Result(
        failure.isEmpty(),
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private static Path configFile(DataSourceFactory database) {
    String yaml =
        """
        database:
          driverClass: %s
          url: "%s"
          user: %s
          password: ""
        migrateOnStart: true
        logging:
          level: WARN
          appenders:
            - type: console
              threshold: WARN
        """
            .formatted(database.getDriverClass(), database.getUrl(), database.getUser());
    try {
      Path file = Files.createTempFile("hubops-command", ".yml");
      file.toFile().deleteOnExit();
      return Files.writeString(file, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
