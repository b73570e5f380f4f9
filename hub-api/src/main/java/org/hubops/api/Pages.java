package org.hubops.api;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import java.time.Clock;
import org.hubops.api.accounts.AccountCredentials;
import org.hubops.api.accounts.AccountPages;
import org.hubops.api.accounts.LoginPages;
import org.hubops.api.accounts.PasswordPages;
import org.hubops.api.accounts.SignIn;
import org.hubops.api.cycle.QuarterPages;
import org.hubops.api.cycle.ReviewPages;
import org.hubops.api.cycle.SubmitPages;
import org.hubops.api.equipment.EquipmentCheckPage;
import org.hubops.api.equipment.EquipmentPages;
import org.hubops.api.hubs.HubPages;
import org.hubops.api.imports.EquipmentImportPage;
import org.hubops.api.imports.HubImportPage;
import org.hubops.api.imports.ImportPage;
import org.hubops.api.imports.SessionImportPage;
import org.hubops.api.participants.ParticipantPages;
import org.hubops.api.reports.DashboardPage;
import org.hubops.api.sessions.SessionPages;
import org.hubops.api.web.HeldForms;
import org.hubops.api.web.PageContext;
import org.hubops.api.web.PageFilter;
import org.hubops.api.web.StaticFiles;
import org.hubops.api.web.WebPages;
import org.jdbi.v3.core.Jdbi;

/**
 * Every web page, registered in one place: the plumbing of {@code web} first, then each feature's
 * pages, over the same services as the REST API.
 */
final class Pages {

  private Pages() {}

  static void register(
      JerseyEnvironment jersey,
      Jdbi jdbi,
      Clock clock,
      WebPages.Services services,
      AccountCredentials credentials,
      SignIn signIn,
      boolean secureCookies) {
    HeldForms held = new HeldForms(secureCookies);
    jersey.register(new PageFilter(held));
    jersey.register(new StaticFiles());
    jersey.register(PageContext.binder(services.hubs()));
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
    jersey.register(new ParticipantPages(services.participants(), services.accessLog()));
    jersey.register(new EquipmentPages(clock, services.equipment()));
    jersey.register(new EquipmentCheckPage(clock, services.checks()));
    jersey.register(new DashboardPage(services.reports(), services.completeness()));
    jersey.register(new AccountPages(services.accounts(), services.hubs()));
    jersey.register(new PasswordPages(services.accounts(), signIn));
    jersey.register(new SubmitPages(clock, services.submissions(), services.locks()));
    jersey.register(new ReviewPages(jdbi, clock, services.submissions(), services.completeness()));
    jersey.register(new QuarterPages(clock, services.locks(), services.completeness()));
    ImportPage imports = new ImportPage(services.imports());
    jersey.register(new SessionImportPage(services.hubs(), imports));
    jersey.register(new EquipmentImportPage(services.hubs(), imports));
    jersey.register(new HubImportPage(imports));
  }
}
