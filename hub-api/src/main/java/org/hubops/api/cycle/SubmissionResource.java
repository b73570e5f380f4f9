package org.hubops.api.cycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.Actor;
import org.hubops.api.platform.Bodies;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.platform.RequestLanguage;
import org.hubops.api.platform.Violations;
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

  private final HubService hubs;
  private final SubmissionService submissions;

  public SubmissionResource(HubService hubs, SubmissionService submissions) {
    this.hubs = hubs;
    this.submissions = submissions;
  }

  @GET
  public Submission get(
      @PathParam("hubId") String hubId,
      @PathParam("quarter") String quarter,
      @Context HttpHeaders headers) {
    Quarter asked = quarter(quarter, headers);
    Hub hub = hubs.resolve(hubId);
    return submissions
        .find(hub, asked)
        .orElseThrow(() -> ProblemException.notFound("Submission of " + asked));
  }

  /** The figures a submission would record now, and what to look at before submitting. */
  @GET
  @Path("/checklist")
  public SubmissionChecklist checklist(
      @PathParam("hubId") String hubId,
      @PathParam("quarter") String quarter,
      @Context HttpHeaders headers) {
    return submissions.checklist(hubs.resolve(hubId), quarter(quarter, headers));
  }

  @PUT
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  public Submission submit(
      @PathParam("hubId") String hubId,
      @PathParam("quarter") String quarter,
      SubmissionRequest request,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    Quarter asked = quarter(quarter, headers);
    return submissions.submit(
        hubs.resolve(hubId),
        asked,
        Bodies.required(request),
        Actor.of(security),
        messages(headers));
  }

  @POST
  @Path("/approve")
  @RolesAllowed({"ADMIN", "ASSOCIATION", "REGIONAL"})
  public Submission approve(
      @PathParam("hubId") String hubId,
      @PathParam("quarter") String quarter,
      Review review,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    Quarter asked = quarter(quarter, headers);
    return submissions.approve(
        hubs.resolve(hubId), asked, review, Actor.of(security), messages(headers));
  }

  @POST
  @Path("/return")
  @RolesAllowed({"ADMIN", "ASSOCIATION", "REGIONAL"})
  public Submission sendBack(
      @PathParam("hubId") String hubId,
      @PathParam("quarter") String quarter,
      Review review,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    Quarter asked = quarter(quarter, headers);
    return submissions.sendBack(
        hubs.resolve(hubId), asked, review, Actor.of(security), messages(headers));
  }

  @POST
  @Path("/reopen")
  @RolesAllowed("ADMIN")
  public Submission reopen(
      @PathParam("hubId") String hubId,
      @PathParam("quarter") String quarter,
      Review review,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    Quarter asked = quarter(quarter, headers);
    return submissions.reopen(
        hubs.resolve(hubId), asked, review, Actor.of(security), messages(headers));
  }

  private static Quarter quarter(String text, HttpHeaders headers) {
    return QuarterPath.parse(text, new Violations(messages(headers)));
  }

  private static Messages messages(HttpHeaders headers) {
    return Messages.in(RequestLanguage.of(headers));
  }
}
