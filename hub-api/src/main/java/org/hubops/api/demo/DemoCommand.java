package org.hubops.api.demo;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import net.sourceforge.argparse4j.inf.Namespace;
import org.hubops.api.HubConfiguration;

/** {@code demo config.yml}: fills the database with believable, seeded demo data. */
public final class DemoCommand extends ConfiguredCommand<HubConfiguration> {

  public DemoCommand() {
    super("demo", "Fill the database with demo data (hubs, sessions, equipment)");
  }

  @Override
  protected void run(
      Bootstrap<HubConfiguration> bootstrap, Namespace namespace, HubConfiguration config) {
    throw new IllegalStateException("demo data comes next");
  }
}
