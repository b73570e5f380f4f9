package org.hubops.api.cycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hubops.api.reports.ReportParams;
import org.hubops.model.report.Completeness;

/** {@code /reports/completeness}: who has reported a quarter, for the country or one oblast. */
@Path("/api/v1/reports/completeness")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "ASSOCIATION", "REGIONAL"})
public record CompletenessResource(ReportParams.Reader params, CompletenessReport completeness) {

  // A regional officer's answer counts their oblasts' hubs only; another oblast is 403.
  @GET
  public Completeness completeness(@BeanParam ReportParams.QuarterQuery query) {
    return params.answer(query, completeness::of);
  }
}
