package org.hubops.api.web;

import freemarker.template.Configuration;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.dropwizard.views.common.ViewBundle;
import io.dropwizard.views.freemarker.FreemarkerViewRenderer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hubops.api.HubConfiguration;
import org.hubops.api.accounts.AccountCredentials;
import org.hubops.api.accounts.AccountService;
import org.hubops.api.accounts.SignIn;
import org.hubops.api.cycle.CompletenessReport;
import org.hubops.api.cycle.QuarterLocks;
import org.hubops.api.cycle.SubmissionService;
import org.hubops.api.equipment.EquipmentChecks;
import org.hubops.api.equipment.EquipmentService;
import org.hubops.api.hubs.HubService;
import org.hubops.api.imports.Imports;
import org.hubops.api.participants.ParticipantService;
import org.hubops.api.places.PlaceService;
import org.hubops.api.privacy.AccessLog;
import org.hubops.api.reports.ReportService;
import org.hubops.api.sessions.SessionService;
import org.jdbi.v3.core.Jdbi;

/**
 * The web pages: server-rendered FreeMarker views over the same services as the REST API, so a rule
 * lives in one place whichever door a change comes through.
 */
public final class WebPages {

  private WebPages() {}

  /** FreeMarker with HTML escaping, plain numbers (no "2 026"), and errors that fail loudly. */
  public static ViewBundle<HubConfiguration> views() {
    return new ViewBundle<>(List.of(new FreemarkerViewRenderer(Configuration.VERSION_2_3_34))) {
      @Override
      public Map<String, Map<String, String>> getViewConfiguration(HubConfiguration config) {
        return Map.of(
            "freemarker",
            Map.of(
                "number_format", "computer",
                "template_exception_handler", "rethrow",
                "localized_lookup", "false"));
      }
    };
  }

  /** The services a page may call; the same instances the API resources use. */
  public record Services(
      HubService hubs,
      SessionService sessions,
      ParticipantService participants,
      EquipmentService equipment,
      EquipmentChecks checks,
      AccountService accounts,
      Imports imports,
      ReportService reports,
      CompletenessReport completeness,
      SubmissionService submissions,
      QuarterLocks locks,
      AccessLog accessLog,
      PlaceService places) {}

  public static void register(
      JerseyEnvironment jersey,
      Jdbi jdbi,
      Clock clock,
      Services services,
      AccountCredentials credentials,
      SignIn signIn,
      boolean secureCookies) {
    HeldForms held = new HeldForms(secureCookies);
    jersey.register(new PageFilter(held));
    jersey.register(new StaticFiles());
    jersey.register(new LoginPages(credentials, signIn, held, secureCookies));
    jersey.register(
        new HubPages(
            jdbi,
            clock,
            services.hubs(),
            services.sessions(),
            services.places(),
            services.reports()));
    jersey.register(new SessionPages(jdbi, clock, services, held));
    jersey.register(
        new ParticipantPages(services.hubs(), services.participants(), services.accessLog()));
    jersey.register(new EquipmentPages(clock, services.hubs(), services.equipment()));
    jersey.register(new EquipmentCheckPage(clock, services.hubs(), services.checks()));
    jersey.register(new DashboardPage(clock, services.reports(), services.completeness()));
    jersey.register(new AccountPages(services.accounts(), services.hubs()));
    jersey.register(new PasswordPages(services.accounts(), signIn));
    jersey.register(
        new SubmitPages(clock, services.hubs(), services.submissions(), services.locks()));
    jersey.register(
        new ReviewPages(
            jdbi, clock, services.hubs(), services.submissions(), services.completeness()));
    jersey.register(new QuarterPages(clock, services.locks(), services.completeness()));
    ImportPage imports = new ImportPage(services.imports());
    jersey.register(new SessionImportPage(services.hubs(), imports));
    jersey.register(new EquipmentImportPage(services.hubs(), imports));
    jersey.register(new HubImportPage(imports));
  }
}
