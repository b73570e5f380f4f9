package org.hubops.api.backup;

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.hubops.api.HubApplication;
import org.hubops.api.HubConfiguration;

/** Runs a command of the service's jar in this JVM, as {@code java -jar hub-api.jar ...} would. */
final class Commands {

  /** Whether it succeeded, and what it printed to standard error. */
  record Outcome(boolean succeeded, String errors) {}

  private Commands() {}

  static Outcome run(String... arguments) {
    HubApplication application = new HubApplication();
    Bootstrap<HubConfiguration> bootstrap = new Bootstrap<>(application);
    application.initialize(bootstrap);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    Cli cli =
        new Cli(
            new JarLocation(HubApplication.class),
            bootstrap,
            System.out,
            new PrintStream(errors, true, StandardCharsets.UTF_8));
    boolean succeeded = cli.run(arguments).isEmpty();
    return new Outcome(succeeded, errors.toString(StandardCharsets.UTF_8));
  }
}
