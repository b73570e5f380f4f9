package org.hubops.api.cycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import org.hubops.api.access.Caller;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.RequestLanguage;
import org.hubops.api.platform.Violations;
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

  @GET
  public Completeness completeness(
      @QueryParam("year") String year,
      @QueryParam("quarter") String quarter,
      @QueryParam("oblast") String oblast,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    Violations violations = new Violations(Messages.in(RequestLanguage.of(headers)));
    // A regional officer's answer counts their oblasts' hubs only; another oblast is 403.
    ReportParams.QuarterAsked asked =
        new ReportParams(jdbi, violations)
            .quarterOf(year, quarter, oblast, Caller.of(security), Kyiv.today(clock));
    violations.throwIfAny();
    return completeness.of(asked.quarter(), asked.oblast(), asked.within());
  }
}
