package org.hubops.api.web;

import freemarker.template.Configuration;
import io.dropwizard.views.common.ViewBundle;
import io.dropwizard.views.freemarker.FreemarkerViewRenderer;
import java.util.List;
import java.util.Map;
import org.hubops.api.HubConfiguration;
import org.hubops.api.accounts.AccountService;
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
}
