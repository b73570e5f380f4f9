package org.hubops.api.cycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.hubops.api.platform.QueryParams;
import org.hubops.api.reports.ReportParams;
import org.hubops.model.SubmissionState;
import org.hubops.model.rest.Submission;

/**
 * {@code /submissions}: the review queue of a quarter, of the country or one oblast, in one state
 * or any.
 */
@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "ASSOCIATION", "REGIONAL"})
public record SubmissionListResource(ReportParams.Reader params, SubmissionService submissions) {

  // A regional officer's queue holds their oblasts' hubs only; another oblast is 403.
  @GET
  public List<Submission> submissions(
      @BeanParam ReportParams.QuarterQuery query, @QueryParam("state") String state) {
    ReportParams.QuarterAsked asked = params.read(query);
    SubmissionState wanted =
        QueryParams.enumValue("state", state, SubmissionState.class, query.violations());
    query.violations().throwIfAny();
    Set<String> within = asked.within();
    return submissions.list(asked.quarter(), asked.oblast(), wanted).stream()
        .filter(s -> within == null || within.contains(s.oblast()))
        .toList();
  }
}
