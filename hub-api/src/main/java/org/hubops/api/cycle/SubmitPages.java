package org.hubops.api.cycle;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.PermitAll;
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
import java.util.Optional;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.FormSubmit;
import org.hubops.api.web.PageContext;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Quarters;
import org.hubops.api.web.Typed;
import org.hubops.api.web.Visitor;
import org.hubops.model.Kyiv;
import org.hubops.model.NilReason;
import org.hubops.model.Quarter;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Submission;
import org.hubops.model.rest.SubmissionRequest;

/**
 * A coordinator's "submit the quarter" page: the hub's figures and checklist, where its submission
 * stands, and the form to submit or file a nil report, over the cycle's own service. The form
 * posts, then comes back to the page with what happened, so a reload never submits twice.
 */
@Hidden // pages, not part of the API description
@Path("/hubs/{hubId}/submit/{quarter}")
@Produces(MediaType.TEXT_HTML)
public record SubmitPages(Clock clock, SubmissionService submissions, QuarterLocks locks) {

  @GET
  @PermitAll
  public SubmitView submitPage(
      @BeanParam PageContext page,
      @PathParam("quarter") String quarter,
      @QueryParam("saved") String saved) {
    Quarter asked = Quarters.named(quarter);
    return submitView(page, asked, FormData.empty(), FormErrors.none(), saved != null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  public Response submit(
      @BeanParam PageContext page,
      @PathParam("quarter") String quarter,
      MultivaluedMap<String, String> posted) {
    Visitor visitor = page.visitor();
    Hub hub = page.hub();
    Quarter asked = Quarters.named(quarter);
    FormData form = FormData.of(posted);
    boolean nil = form.text("nil").filter("true"::equals).isPresent();
    NilReason reason =
        form.text("reason").flatMap(text -> Typed.choice(NilReason.class, text)).orElse(null);
    SubmissionRequest statement =
        new SubmissionRequest(nil, nil ? reason : null, form.text("note").orElse(null));
    return FormSubmit.submit(
        FormErrors.none(),
        SubmitView.labels(visitor.text()),
        () -> {
          submissions.submit(hub, asked, statement, visitor.actor(), visitor.text().messages());
          return Paths.submit(hub.id(), asked) + "?saved=1";
        },
        (conflict, shown) -> {
          shown.general(conflict.getMessage());
          return Optional.empty();
        },
        shown -> submitView(page, asked, form, shown, false));
  }

  private SubmitView submitView(
      PageContext page, Quarter quarter, FormData form, FormErrors errors, boolean saved) {
    Hub hub = page.hub();
    Optional<Submission> current = submissions.find(hub, quarter);
    return new SubmitView(
        page.visitor(),
        hub,
        quarter,
        submissions.checklist(hub, quarter),
        current.orElse(null),
        locks.status(quarter),
        !Kyiv.today(clock).isBefore(quarter.lastDay()),
        form,
        errors,
        saved);
  }
}
