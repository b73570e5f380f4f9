package org.hubops.api.cycle;

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
public final class SubmissionResource {

  private final SubmissionService submissions;

  public SubmissionResource(SubmissionService submissions) {
    this.submissions = submissions;
  }

  @GET
  public Submission get(
      @BeanParam HubPath path,
      @PathParam("quarter") String quarter,
      @BeanParam Requester requester) {
    Quarter asked = quarter(quarter, requester);
    Hub hub = path.hub();
    return submissions
        .find(hub, asked)
        .orElseThrow(() -> ProblemException.notFound("Submission of " + asked));
  }

  /** The figures a submission would record now, and what to look at before submitting. */
  @GET
  @Path("/checklist")
  public SubmissionChecklist checklist(
      @BeanParam HubPath path,
      @PathParam("quarter") String quarter,
      @BeanParam Requester requester) {
    return submissions.checklist(path.hub(), quarter(quarter, requester));
  }

  @PUT
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  public Submission submit(
      @BeanParam HubPath path,
      @PathParam("quarter") String quarter,
      SubmissionRequest request,
      @BeanParam Requester requester) {
    Quarter asked = quarter(quarter, requester);
    return submissions.submit(
        path.hub(), asked, Bodies.required(request), requester.actor(), requester.messages());
  }

  @POST
  @Path("/approve")
  @RolesAllowed({"ADMIN", "ASSOCIATION", "REGIONAL"})
  public Submission approve(
      @BeanParam HubPath path,
      @PathParam("quarter") String quarter,
      Review review,
      @BeanParam Requester requester) {
    return review(submissions::approve, path, quarter, review, requester);
  }

  @POST
  @Path("/return")
  @RolesAllowed({"ADMIN", "ASSOCIATION", "REGIONAL"})
  public Submission sendBack(
      @BeanParam HubPath path,
      @PathParam("quarter") String quarter,
      Review review,
      @BeanParam Requester requester) {
    return review(submissions::sendBack, path, quarter, review, requester);
  }

  @POST
  @Path("/reopen")
  @RolesAllowed("ADMIN")
  public Submission reopen(
      @BeanParam HubPath path,
      @PathParam("quarter") String quarter,
      Review review,
      @BeanParam Requester requester) {
    return review(submissions::reopen, path, quarter, review, requester);
  }

  /** A decision on the submission: approve, return or reopen, each with the caller's review. */
  private interface Decision {
    Submission on(Hub hub, Quarter quarter, Review review, String actor, Messages messages);
  }

  private Submission review(
      Decision decision, HubPath path, String quarter, Review review, Requester requester) {
    Quarter asked = quarter(quarter, requester);
    return decision.on(path.hub(), asked, review, requester.actor(), requester.messages());
  }

  private static Quarter quarter(String text, Requester requester) {
    return QuarterPath.parse(text, requester.violations());
  }
}
