package org.hubops.api.cycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.hubops.api.reports.ReportParams;
import org.hubops.model.Kyiv;
import org.hubops.model.report.Completeness;
import org.jdbi.v3.core.Jdbi;

/** {@code /reports/completeness}: who has reported a quarter, for the country or one oblast. */
@Path("/api/v1/reports/completeness")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "ASSOCIATION", "REGIONAL"})
public final class CompletenessResource {

  private final Jdbi jdbi;
  private final Clock clock;
  private final CompletenessReport completeness;

  public CompletenessResource(Jdbi jdbi, Clock clock, CompletenessReport completeness) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.completeness = completeness;
  }

  // A regional officer's answer counts their oblasts' hubs only; another oblast is 403.
  @GET
  public Completeness completeness(@BeanParam ReportParams.QuarterQuery query) {
    ReportParams.QuarterAsked asked = query.asked(jdbi, Kyiv.today(clock));
    return completeness.of(asked.quarter(), asked.oblast(), asked.within());
  }
}
