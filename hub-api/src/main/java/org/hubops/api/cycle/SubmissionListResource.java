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
import java.util.List;
import java.util.Set;
import org.hubops.api.access.Caller;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.QueryParams;
import org.hubops.api.platform.RequestLanguage;
import org.hubops.api.platform.Violations;
import org.hubops.api.reports.ReportParams;
import org.hubops.model.Kyiv;
import org.hubops.model.SubmissionState;
import org.hubops.model.rest.Submission;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code /submissions}: the review queue of a quarter, of the country or one oblast, in one state
 * or any.
 */
@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "ASSOCIATION", "REGIONAL"})
public final class SubmissionListResource {

  private final Jdbi jdbi;
  private final Clock clock;
  private final SubmissionService submissions;

  public SubmissionListResource(Jdbi jdbi, Clock clock, SubmissionService submissions) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.submissions = submissions;
  }

  @GET
  public List<Submission> submissions(
      @QueryParam("year") String year,
      @QueryParam("quarter") String quarter,
      @QueryParam("oblast") String oblast,
      @QueryParam("state") String state,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    Violations violations = new Violations(Messages.in(RequestLanguage.of(headers)));
    // A regional officer's queue holds their oblasts' hubs only; another oblast is 403.
    ReportParams.QuarterAsked asked =
        new ReportParams(jdbi, violations)
            .quarterOf(year, quarter, oblast, Caller.of(security), Kyiv.today(clock));
    SubmissionState wanted =
        QueryParams.enumValue("state", state, SubmissionState.class, violations);
    violations.throwIfAny();
    Set<String> within = asked.within();
    return submissions.list(asked.quarter(), asked.oblast(), wanted).stream()
        .filter(s -> within == null || within.contains(s.oblast()))
        .toList();
  }
}
