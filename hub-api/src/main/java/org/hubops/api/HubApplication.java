package org.hubops.api;

import static org.hubops.api.accounts.AccountService.BOOTSTRAP_ADMIN;

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
import io.dropwizard.lifecycle.AutoCloseableManager;
import io.dropwizard.migrations.MigrationsBundle;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.time.Clock;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ServerProperties;
import org.hubops.api.access.AccessFeature;
import org.hubops.api.access.ClientAddress;
import org.hubops.api.access.Throttle;
import org.hubops.api.accounts.AccountCredentials;
import org.hubops.api.accounts.AccountResource;
import org.hubops.api.accounts.AccountService;
import org.hubops.api.accounts.AddAccountCommand;
import org.hubops.api.accounts.IssueTokenCommand;
import org.hubops.api.accounts.SignIn;
import org.hubops.api.accounts.SignInResource;
import org.hubops.api.accounts.VerifiedTokens;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.audit.AuditResource;
import org.hubops.api.backup.BackupCommand;
import org.hubops.api.backup.RestoreCommand;
import org.hubops.api.cycle.CompletenessReport;
import org.hubops.api.cycle.CompletenessResource;
import org.hubops.api.cycle.QuarterLockResource;
import org.hubops.api.cycle.QuarterLocks;
import org.hubops.api.cycle.SubmissionListResource;
import org.hubops.api.cycle.SubmissionResource;
import org.hubops.api.cycle.SubmissionService;
import org.hubops.api.demo.DemoCommand;
import org.hubops.api.equipment.ChecksDueResource;
import org.hubops.api.equipment.EquipmentChecks;
import org.hubops.api.equipment.EquipmentFigures;
import org.hubops.api.equipment.EquipmentRepairs;
import org.hubops.api.equipment.EquipmentReportResource;
import org.hubops.api.equipment.EquipmentReports;
import org.hubops.api.equipment.EquipmentResource;
import org.hubops.api.equipment.EquipmentService;
import org.hubops.api.hubs.HubResource;
import org.hubops.api.hubs.HubService;
import org.hubops.api.imports.EquipmentImportResource;
import org.hubops.api.imports.EquipmentTemplateResource;
import org.hubops.api.imports.HubImportResource;
import org.hubops.api.imports.HubRegisterTemplateResource;
import org.hubops.api.imports.Imports;
import org.hubops.api.imports.SessionImportResource;
import org.hubops.api.imports.SessionImporter;
import org.hubops.api.imports.TemplateResource;
import org.hubops.api.imports.UploadFolder;
import org.hubops.api.openapi.ApiDescription;
import org.hubops.api.operations.AdminPort;
import org.hubops.api.operations.LogMasking;
import org.hubops.api.participants.ParticipantResource;
import org.hubops.api.participants.ParticipantService;
import org.hubops.api.places.LoadPlacesCommand;
import org.hubops.api.places.PlaceResource;
import org.hubops.api.places.PlaceService;
import org.hubops.api.platform.Database;
import org.hubops.api.platform.H2Durability;
import org.hubops.api.platform.IsoDates;
import org.hubops.api.platform.JsonErrorMapper;
import org.hubops.api.platform.Migrations;
import org.hubops.api.platform.NoStoreByDefault;
import org.hubops.api.platform.ProblemErrorPages;
import org.hubops.api.platform.ProblemExceptionMapper;
import org.hubops.api.platform.PublicLocations;
import org.hubops.api.platform.QuietRequestLog;
import org.hubops.api.platform.RequestSizeFilter;
import org.hubops.api.platform.StorableStrings;
import org.hubops.api.platform.UnexpectedErrorMapper;
import org.hubops.api.platform.UnreadableRequestFilter;
import org.hubops.api.platform.WebErrorMapper;
import org.hubops.api.privacy.AccessLog;
import org.hubops.api.privacy.Privacy;
import org.hubops.api.reference.ReferenceResource;
import org.hubops.api.reminders.MissingHubsResource;
import org.hubops.api.reminders.ReminderJob;
import org.hubops.api.reminders.ReminderResource;
import org.hubops.api.reminders.Reminders;
import org.hubops.api.reports.HubReportResource;
import org.hubops.api.reports.ReportParams;
import org.hubops.api.reports.ReportResource;
import org.hubops.api.reports.ReportService;
import org.hubops.api.sessions.SessionResource;
import org.hubops.api.sessions.SessionService;
import org.hubops.api.web.WebPages;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HubOps service: {@code java -jar hub-api.jar server config/hub-api.yml}. */
public final class HubApplication extends Application<HubConfiguration> {

  private static final Logger LOG = LoggerFactory.getLogger(HubApplication.class);

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
    bootstrap.addCommand(
        new AddAccountCommand(System.out, AddAccountCommand.fromEnvironmentOrConsole()));
    bootstrap.addCommand(new IssueTokenCommand(System.out));
    bootstrap.addCommand(new BackupCommand());
    bootstrap.addCommand(new LoadPlacesCommand(System.out));
    bootstrap.addCommand(new RestoreCommand());
    bootstrap.addBundle(WebPages.views());
    configureJson(bootstrap);
  }

  @Override
  public void run(HubConfiguration config, Environment environment) {
    H2Durability.enforce(config.getDatabase());
    AdminPort.secure(config.getServerFactory(), environment);
    LogMasking.install();
    QuietRequestLog.install(environment);
    if (config.isMigrateOnStart()) {
      Migrations.migrate(config.getDatabase());
    }
    Jdbi jdbi = new JdbiFactory().build(environment, config.getDatabase(), "database");
    Database.configure(jdbi);
    ContainerResponseFilter sync = H2Durability.syncAfterWrites(config.getDatabase(), jdbi);
    if (sync != null) {
      environment.jersey().register(sync);
    }
    Clock clock = Clock.systemUTC();
    AuditLog audit = new AuditLog(environment.getObjectMapper(), clock);

    HubService hubs = new HubService(jdbi, clock, audit);
    SessionService sessions = new SessionService(jdbi, clock, audit);
    ParticipantService participants = new ParticipantService(jdbi, clock, audit);
    EquipmentService equipment = new EquipmentService(jdbi, clock, audit);
    CompletenessReport completeness = new CompletenessReport(jdbi, config.getCycle());
    EquipmentFigures equipmentFigures =
        new EquipmentFigures(config.getEquipment().getAuditIntervalMonths());
    ReportService reports =
        new ReportService(
            reportsJdbi(config, environment, jdbi),
            clock,
            environment.getObjectMapper(),
            completeness,
            equipmentFigures);
    // For tests that hold a report between its two halves (ReportPause); nothing else reads it.
    environment.getApplicationContext().setAttribute(ReportService.class.getName(), reports);
    VerifiedTokens verifiedTokens = new VerifiedTokens(clock);
    AccountService accounts = new AccountService(jdbi, audit, clock, verifiedTokens);
    AccountCredentials credentials =
        new AccountCredentials(jdbi, clock, config.getAccess().loginLifetimes(), verifiedTokens);
    Throttle throttle = new Throttle(config.getAccess().getThrottle(), clock, jdbi);
    ClientAddress clientAddress = new ClientAddress(config.getAccess().getTrustedProxies());
    SignIn signIn = new SignIn(credentials, throttle, clientAddress);
    if (accounts.bootstrapAdmin(config.getBootstrapAdminToken())) {
      LOG.info("No account existed: created '{}' holding HUBOPS_ADMIN_TOKEN", BOOTSTRAP_ADMIN);
    }

    environment
        .jersey()
        .register(new AccessFeature(credentials, hubs::find, throttle, clientAddress));
    environment.jersey().register(new ReferenceResource(jdbi));
    PlaceService places = new PlaceService(jdbi);
    environment.jersey().register(new PlaceResource(places));
    environment.jersey().register(new HubResource(hubs));
    environment.jersey().register(new SessionResource(sessions));
    AccessLog accessLog = new AccessLog(jdbi, clock);
    environment.jersey().register(new ParticipantResource(participants, accessLog));
    EquipmentChecks checks =
        new EquipmentChecks(jdbi, clock, audit, config.getEquipment().getAuditIntervalMonths());
    environment
        .jersey()
        .register(
            new EquipmentResource(equipment, checks, new EquipmentRepairs(jdbi, clock, audit)));
    environment.jersey().register(new ChecksDueResource(jdbi, checks));
    environment
        .jersey()
        .register(
            new EquipmentReportResource(jdbi, new EquipmentReports(jdbi, clock, equipmentFigures)));
    environment.jersey().register(new ReportResource(jdbi, reports));
    environment.jersey().register(new HubReportResource(jdbi, reports));
    environment.jersey().register(new ApiDescription());
    environment.jersey().register(new AccountResource(accounts));
    environment
        .jersey()
        .register(new SignInResource(credentials, signIn, config.getAccess().isSecureCookies()));
    environment.jersey().register(new AuditResource(jdbi, environment.getObjectMapper()));
    SubmissionService submissions = new SubmissionService(jdbi, clock, audit, config.getCycle());
    QuarterLocks locks = new QuarterLocks(jdbi, clock, audit, reports);
    ReportParams.Reader params = new ReportParams.Reader(jdbi, clock);
    registerCycle(environment, params, submissions, locks, completeness);
    registerReminders(config, environment, jdbi, clock, params, completeness, checks);
    RequestSizeFilter.register(config.getRequestLimits(), environment);
    registerRequestHygiene(config, environment);
    UploadFolder uploads = UploadFolder.open(config.getUploadFolder());
    SessionImporter sessionImports = new SessionImporter(jdbi, sessions, config.getImportChunk());
    Imports imports = new Imports(jdbi, hubs, equipment, sessionImports, uploads);
    registerImports(environment, jdbi, imports, uploads);
    Pages.register(
        environment.jersey(),
        jdbi,
        clock,
        new WebPages.Services(
            hubs,
            sessions,
            participants,
            equipment,
            checks,
            accounts,
            imports,
            reports,
            completeness,
            submissions,
            locks,
            accessLog,
            places),
        credentials,
        signIn,
        config.getAccess().isSecureCookies());

    Privacy.register(environment, jdbi, clock, config.getPrivacy(), hubs, participants, accessLog);

    registerErrorMappers(config, environment);
  }

  /** The quarterly reporting cycle: submissions, their review, locks and completeness. */
  /**
   * Where reports read: the standby of {@code reportsDatabase} when one is configured (its pool is
   * checked by its own health check, "reportsDatabase"), else the main database.
   */
  private static Jdbi reportsJdbi(HubConfiguration config, Environment environment, Jdbi main) {
    if (config.getReportsDatabase() == null) {
      return main;
    }
    Jdbi reports =
        new JdbiFactory().build(environment, config.getReportsDatabase(), "reportsDatabase");
    Database.configure(reports);
    return reports;
  }

  private static void registerCycle(
      Environment environment,
      ReportParams.Reader params,
      SubmissionService submissions,
      QuarterLocks locks,
      CompletenessReport completeness) {
    environment.jersey().register(new SubmissionResource(submissions));
    environment.jersey().register(new SubmissionListResource(params, submissions));
    environment.jersey().register(new QuarterLockResource(locks));
    environment.jersey().register(new CompletenessResource(params, completeness));
  }

  /**
   * Reminder e-mails before the deadline (a daily job, when SMTP is configured) and who to call.
   */
  private static void registerReminders(
      HubConfiguration config,
      Environment environment,
      Jdbi jdbi,
      Clock clock,
      ReportParams.Reader params,
      CompletenessReport completeness,
      EquipmentChecks checks) {
    Reminders reminders =
        new Reminders(
            jdbi,
            clock,
            completeness,
            config.getCycle()::deadline,
            config.getReminders(),
            config.getPublicUrl(),
            checks);
    // For tests that run the daily job on a clock of their own; nothing else reads it.
    environment.getApplicationContext().setAttribute(Reminders.class.getName(), reminders);
    if (reminders.enabled()) {
      environment
          .lifecycle()
          .manage(new ReminderJob(reminders, config.getReminders().getSendAt(), clock));
    }
    environment.jersey().register(new ReminderResource(params, reminders));
    environment.jersey().register(new MissingHubsResource(params, reminders));
  }

  /** Spreadsheet uploads (multipart, size-capped) and the template they are made from. */
  private static void registerImports(
      Environment environment, Jdbi jdbi, Imports imports, UploadFolder uploads) {
    environment.jersey().register(MultiPartFeature.class);
    // The multipart reader's buffer files go to this instance's private folder, not to /tmp.
    environment.jersey().register(uploads.multipartProperties().resolver());
    environment.lifecycle().manage(new AutoCloseableManager(uploads));
    // For the test that watches an upload in progress; nothing else reads it.
    environment.getApplicationContext().setAttribute(UploadFolder.class.getName(), uploads);
    environment.jersey().register(new TemplateResource(jdbi));
    environment.jersey().register(new EquipmentTemplateResource());
    environment.jersey().register(new HubRegisterTemplateResource());
    environment.jersey().register(new SessionImportResource(imports));
    environment.jersey().register(new EquipmentImportResource(imports));
    environment.jersey().register(new HubImportResource(imports));
  }

  /** What every route reads is made safe to read, and what every answer says safe to keep. */
  private static void registerRequestHygiene(HubConfiguration config, Environment environment) {
    environment.jersey().register(new UnreadableRequestFilter());
    environment.jersey().register(new NoStoreByDefault());
    environment.jersey().register(new PublicLocations(config.getPublicUrl()));
    // A relative Location stays relative: Jersey would resolve it against the Host header.
    environment
        .jersey()
        .property(ServerProperties.LOCATION_HEADER_RELATIVE_URI_RESOLUTION_DISABLED, true);
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
    ProblemErrorPages.install(environment);
  }

  /** Strict about what comes in (a typo in a field name is an error), ISO dates going out. */
  static void configureJson(Bootstrap<?> bootstrap) {
    bootstrap
        .getObjectMapper()
        .registerModule(IsoDates.module())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // 60.5 minutes is a mistake to report, not 60 to store.
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .registerModule(StorableStrings.module());
  }
}
