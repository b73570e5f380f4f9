package org.hubops.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.migrations.MigrationsBundle;
import java.time.Clock;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.hubops.api.demo.DemoCommand;
import org.hubops.api.equipment.EquipmentResource;
import org.hubops.api.equipment.EquipmentService;
import org.hubops.api.hubs.HubResource;
import org.hubops.api.hubs.HubService;
import org.hubops.api.imports.EquipmentImportResource;
import org.hubops.api.imports.HubImportResource;
import org.hubops.api.imports.SessionImportResource;
import org.hubops.api.imports.SessionImporter;
import org.hubops.api.imports.TemplateResource;
import org.hubops.api.imports.UploadLimit;
import org.hubops.api.participants.ParticipantResource;
import org.hubops.api.participants.ParticipantService;
import org.hubops.api.platform.Database;
import org.hubops.api.platform.JsonErrorMapper;
import org.hubops.api.platform.Migrations;
import org.hubops.api.platform.ProblemExceptionMapper;
import org.hubops.api.platform.UnexpectedErrorMapper;
import org.hubops.api.platform.WebErrorMapper;
import org.hubops.api.reference.ReferenceResource;
import org.hubops.api.sessions.SessionBulk;
import org.hubops.api.sessions.SessionResource;
import org.hubops.api.sessions.SessionService;
import org.jdbi.v3.core.Jdbi;

/** The HubOps service: {@code java -jar hub-api.jar server config/hub-api.yml}. */
public final class HubApplication extends Application<HubConfiguration> {

  public static void main(String[] args) throws Exception {
    new HubApplication().run(args);
  }

  @Override
  public String getName() {
    return "hubops";
  }

  @Override
  public void initialize(Bootstrap<HubConfiguration> bootstrap) {
    // ${HUBOPS_DB_URL} and friends in the YAML come from the environment.
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    bootstrap.addBundle(
        new MigrationsBundle<>() {
          @Override
          public DataSourceFactory getDataSourceFactory(HubConfiguration configuration) {
            return configuration.getDatabase();
          }

          @Override
          public String getMigrationsFileName() {
            return Migrations.CHANGELOG;
          }
        });
    bootstrap.addCommand(new DemoCommand());
    configureJson(bootstrap);
  }

  @Override
  public void run(HubConfiguration config, Environment environment) {
    if (config.isMigrateOnStart()) {
      Migrations.migrate(config.getDatabase());
    }
    Jdbi jdbi = new JdbiFactory().build(environment, config.getDatabase(), "database");
    Database.configure(jdbi);
    Clock clock = Clock.systemUTC();

    HubService hubs = new HubService(jdbi, clock);
    SessionService sessions = new SessionService(jdbi, clock);
    ParticipantService participants = new ParticipantService(jdbi, clock);
    EquipmentService equipment = new EquipmentService(jdbi, clock);

    environment.jersey().register(new ReferenceResource(jdbi));
    environment.jersey().register(new HubResource(jdbi, hubs));
    environment.jersey().register(new SessionResource(hubs, sessions));
    environment.jersey().register(new ParticipantResource(hubs, participants));
    environment.jersey().register(new EquipmentResource(hubs, equipment));
    registerImports(environment, jdbi, clock, hubs, equipment);

    registerErrorMappers(config, environment);
  }

  /** Spreadsheet uploads (multipart, size-capped) and the template they are made from. */
  private static void registerImports(
      Environment environment,
      Jdbi jdbi,
      Clock clock,
      HubService hubs,
      EquipmentService equipment) {
    environment.jersey().register(MultiPartFeature.class);
    environment.jersey().register(new UploadLimit());
    environment.jersey().register(new TemplateResource(hubs, jdbi));
    environment
        .jersey()
        .register(
            new SessionImportResource(hubs, new SessionImporter(jdbi, new SessionBulk(clock))));
    environment.jersey().register(new EquipmentImportResource(jdbi, hubs, equipment));
    environment.jersey().register(new HubImportResource(jdbi, hubs));
  }

  /** Every error is problem+json: ours replace Dropwizard's defaults, which answer plain JSON. */
  private static void registerErrorMappers(HubConfiguration config, Environment environment) {
    if (config.getServerFactory() instanceof AbstractServerFactory server) {
      server.setRegisterDefaultExceptionMappers(false);
    }
    environment.jersey().register(new ProblemExceptionMapper());
    environment.jersey().register(new JsonErrorMapper());
    environment.jersey().register(new WebErrorMapper());
    environment.jersey().register(new UnexpectedErrorMapper());
  }

  /** Strict about what comes in (a typo in a field name is an error), ISO dates going out. */
  static void configureJson(Bootstrap<?> bootstrap) {
    bootstrap
        .getObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}
