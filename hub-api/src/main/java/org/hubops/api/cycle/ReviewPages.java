package org.hubops.api.cycle;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.reference.ReferenceDao;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.FormSubmit;
import org.hubops.api.web.PageContext;
import org.hubops.api.web.Quarters;
import org.hubops.api.web.Typed;
import org.hubops.api.web.Visitor;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.Role;
import org.hubops.model.SubmissionState;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Review;
import org.hubops.model.rest.Submission;
import org.jdbi.v3.core.Jdbi;

/**
 * The reviewers' queue of a quarter's submissions, filtered by oblast and state, where staff
 * approve or return a submission with a comment, and admins reopen one hub's quarter with a reason.
 * Each decision posts, then comes back to the same filtered queue.
 */
@Hidden // pages, not part of the API description
@Path("/submissions")
@Produces(MediaType.TEXT_HTML)
public record ReviewPages(
    Jdbi jdbi, Clock clock, SubmissionService submissions, CompletenessReport completeness) {

  @GET
  @RolesAllowed({"ADMIN", "ASSOCIATION", "REGIONAL"})
  public ReviewQueueView queue(
      @QueryParam("quarter") String quarter,
      @QueryParam("oblast") String oblast,
      @QueryParam("state") String state,
      @BeanParam PageContext page) {
    Visitor visitor = page.visitor();
    ReviewQueueView.Filters filters = filters(visitor, quarter, oblast, state);
    return queueView(visitor, filters, page.notice("done", "review.done"), FormErrors.none());
  }

  /** One reviewer's decision, as the service takes it. */
  private interface Decision {
    Submission apply(Hub hub, Quarter quarter, Review review, String actor, Messages messages);
  }

  /** A reviewer approves the submission, or returns it to the hub to be corrected. */
  @POST
  @Path("{hubId}/{quarter}/{decision: approve|return}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({"ADMIN", "ASSOCIATION", "REGIONAL"})
  public Response review(
      @BeanParam PageContext page,
      @PathParam("quarter") String quarter,
      @PathParam("decision") String decision,
      MultivaluedMap<String, String> posted) {
    Decision made = "approve".equals(decision) ? submissions::approve : submissions::sendBack;
    return decide(page, quarter, posted, made);
  }

  @POST
  @Path("{hubId}/{quarter}/reopen")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed("ADMIN")
  public Response reopen(
      @BeanParam PageContext page,
      @PathParam("quarter") String quarter,
      MultivaluedMap<String, String> posted) {
    return decide(page, quarter, posted, submissions::reopen);
  }

  private Response decide(
      PageContext page, String quarter, MultivaluedMap<String, String> posted, Decision decision) {
    Visitor visitor = page.visitor();
    Hub hub = page.hub();
    Quarter asked = Quarters.named(quarter);
    FormData form = FormData.of(posted);
    ReviewQueueView.Filters back =
        filters(
            visitor,
            asked.toString(),
            form.text("oblast").orElse(null),
            form.text("state").orElse(null));
    return FormSubmit.action(
        () -> {
          decision.apply(
              hub,
              asked,
              new Review(form.text("comment").orElse(null)),
              visitor.actor(),
              visitor.text().messages());
          return back.href() + "&done=1#" + hub.code();
        },
        refused -> {
          FormErrors errors = FormErrors.none().general(hub.code() + ": " + problemText(refused));
          return queueView(visitor, back, "", errors);
        },
        409,
        422);
  }

  private ReviewQueueView queueView(
      Visitor visitor, ReviewQueueView.Filters filters, String notice, FormErrors errors) {
    List<Submission> found = submissions.list(filters.quarter(), filters.oblast(), filters.state());
    return new ReviewQueueView(
        visitor,
        filters,
        recentQuarters(),
        jdbi.withExtension(ReferenceDao.class, ReferenceDao::oblasts).stream()
            .filter(o -> !isRegional(visitor) || visitor.caller().oblasts().contains(o.code()))
            .toList(),
        found,
        completeness.of(filters.quarter(), filters.oblast()),
        notice,
        errors);
  }

  /**
   * What the queue shows. A regional officer sees one of their oblasts at a time (the one asked
   * for, else the first), never another; staff the country unless they choose an oblast.
   */
  private ReviewQueueView.Filters filters(
      Visitor visitor, String quarter, String oblast, String state) {
    Quarter reported = Quarter.containing(Kyiv.today(clock)).previous();
    Quarter chosen = Quarters.parse(quarter).orElse(reported);
    String region =
        oblast == null || !oblast.matches("UA-\\d{2}") ? null : oblast; // a link's typo: all
    if (isRegional(visitor)) {
      Set<String> own = new TreeSet<>(visitor.caller().oblasts());
      region = region != null && own.contains(region) ? region : own.iterator().next();
    }
    SubmissionState wanted = Typed.choice(SubmissionState.class, state).orElse(null);
    return new ReviewQueueView.Filters(chosen, region, wanted);
  }

  private static boolean isRegional(Visitor visitor) {
    return visitor.caller().is(Role.REGIONAL);
  }

  /** The quarters a reviewer picks from: the last two years', newest first. */
  private List<Quarter> recentQuarters() {
    Quarter q = Quarter.containing(Kyiv.today(clock));
    List<Quarter> quarters = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      quarters.add(q);
      q = q.previous();
    }
    return quarters;
  }

  private static String problemText(ProblemException e) {
    return e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
  }
}
