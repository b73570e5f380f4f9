package org.hubops.bench.national;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import org.hubops.api.HubConfiguration;

/**
 * The {@code national} command with the service's configuration file (and its {@code
 * ${HUBOPS_DB_URL}} substitutions), outside the service's jar: a Dropwizard application that has
 * this one command and no server.
 */
public final class NationalTool extends Application<HubConfiguration> {

  @Override
  public String getName() {
    return "hub-bench";
  }

  @Override
  public void initialize(Bootstrap<HubConfiguration> bootstrap) {
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    bootstrap.addCommand(new NationalCommand());
  }

  /** Neither {@code server} nor {@code check}: this tool only generates data. */
  @Override
  protected void addDefaultCommands(Bootstrap<HubConfiguration> bootstrap) {}

  @Override
  public void run(HubConfiguration configuration, Environment environment) {
    throw new UnsupportedOperationException("hub-bench runs no server");
  }
}
