package org.hubops.api.cycle;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hubops.api.access.HubPath;
import org.hubops.api.platform.Bodies;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.platform.Requester;
import org.hubops.model.Quarter;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Review;
import org.hubops.model.rest.Submission;
import org.hubops.model.rest.SubmissionChecklist;
import org.hubops.model.rest.SubmissionRequest;

/**
 * {@code /hubs/{hubId}/submissions/{YYYY-Qn}}: a hub's submission of one quarter. Its coordinators
 * (and admins) submit; association staff and admins approve or return; only admins reopen.
 */
@Path("/api/v1/hubs/{hubId}/submissions/{quarter}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public record SubmissionResource(SubmissionService submissions) {

  @GET
  public Submission get(@BeanParam HubQuarter asked) {
    Quarter quarter = asked.quarter();
    return submissions
        .find(asked.hub(), quarter)
        .orElseThrow(() -> ProblemException.notFound("Submission of " + quarter));
  }

  /** The figures a submission would record now, and what to look at before submitting. */
  @GET
  @Path("/checklist")
  public SubmissionChecklist checklist(@BeanParam HubQuarter asked) {
    Hub hub = asked.hub();
    return submissions.checklist(hub, asked.quarter());
  }

  @PUT
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  public Submission submit(@BeanParam HubQuarter asked, SubmissionRequest request) {
    Quarter quarter = asked.quarter();
    return submissions.submit(
        asked.hub(), quarter, Bodies.required(request), asked.actor(), asked.messages());
  }

  @POST
  @Path("/approve")
  @RolesAllowed({"ADMIN", "ASSOCIATION", "REGIONAL"})
  public Submission approve(@BeanParam HubQuarter asked, Review review) {
    return review(submissions::approve, asked, review);
  }

  @POST
  @Path("/return")
  @RolesAllowed({"ADMIN", "ASSOCIATION", "REGIONAL"})
  public Submission sendBack(@BeanParam HubQuarter asked, Review review) {
    return review(submissions::sendBack, asked, review);
  }

  @POST
  @Path("/reopen")
  @RolesAllowed("ADMIN")
  public Submission reopen(@BeanParam HubQuarter asked, Review review) {
    return review(submissions::reopen, asked, review);
  }

  /** A decision on the submission: approve, return or reopen, each with the caller's review. */
  private interface Decision {
    Submission on(Hub hub, Quarter quarter, Review review, String actor, Messages messages);
  }

  private static Submission review(Decision decision, HubQuarter asked, Review review) {
    Quarter quarter = asked.quarter();
    return decision.on(asked.hub(), quarter, review, asked.actor(), asked.messages());
  }

  /**
   * The hub and the quarter the path names ({@code 2026-Q3}; a malformed one is a 422), and who
   * asks: what every route here is given, taken as one {@code BeanParam}.
   */
  // The API description reads a bean's parameters from the properties Jackson sees: its fields.
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
  public static final class HubQuarter {

    @BeanParam private HubPath path;

    @PathParam("quarter")
    private String quarter;

    @BeanParam private Requester requester;

    Hub hub() {
      return path.hub();
    }

    Quarter quarter() {
      return QuarterPath.parse(quarter, requester.violations());
    }

    String actor() {
      return requester.actor();
    }

    Messages messages() {
      return requester.messages();
    }
  }
}
