package org.hubops.api.reminders;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hubops.api.reports.ReportParams;
import org.hubops.model.rest.HubContacts;

/**
 * {@code /reports/completeness/missing}: the hubs that have not submitted a quarter, each with its
 * coordinators' names and e-mails and the date of its last session, so staff can call them. A
 * regional officer gets their oblasts' hubs; another oblast is 403.
 */
@Path("/api/v1/reports/completeness/missing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "ASSOCIATION", "REGIONAL"})
public record MissingHubsResource(ReportParams.Reader params, Reminders reminders) {

  @GET
  public List<HubContacts> missing(@BeanParam ReportParams.QuarterQuery query) {
    return params.answer(query, reminders::missingHubs);
  }
}
