package org.hubops.bench;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import org.hubops.api.HubConfiguration;
import org.hubops.api.platform.Database;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The database a benchmark measures, opened from the service's own configuration file (with its
 * environment variables, e.g. {@code HUBOPS_DB_URL}), so that it runs with exactly the pool and
 * session settings the service has.
 */
public final class BenchDatabase implements AutoCloseable {

  private final ManagedDataSource dataSource;
  private final Jdbi jdbi;

  private BenchDatabase(ManagedDataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
    jdbi.installPlugin(new SqlObjectPlugin());
    Database.configure(jdbi);
  }

  public static BenchDatabase open(String configPath) throws Exception {
    HubConfiguration config =
        new YamlConfigurationFactory<>(
                HubConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw")
            .build(
                new SubstitutingSourceProvider(
                    new FileConfigurationSourceProvider(),
                    new EnvironmentVariableSubstitutor(false)),
                configPath);
    return new BenchDatabase(config.getDatabase().build(new MetricRegistry(), "bench"));
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  @Override
  public void close() throws Exception {
    dataSource.stop();
  }
}
