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
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.FormSubmit;
import org.hubops.api.web.PageContext;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Quarters;
import org.hubops.api.web.Visitor;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;

/**
 * A quarter's lock page: completeness at a glance, and the button that locks the quarter (staff) or
 * unlocks it (admins), over the cycle's own service.
 */
@Hidden // pages, not part of the API description
@Path("/quarters/{quarter}")
@Produces(MediaType.TEXT_HTML)
public record QuarterPages(Clock clock, QuarterLocks locks, CompletenessReport completeness) {

  @GET
  @RolesAllowed({"ADMIN", "ASSOCIATION"})
  public QuarterView quarterPage(
      @PathParam("quarter") String quarter,
      @QueryParam("done") String done,
      @BeanParam PageContext page) {
    Visitor visitor = page.visitor();
    Quarter asked = Quarters.named(quarter);
    String notice = done == null ? "" : visitor.text().get("quarter.done." + done);
    return quarterView(visitor, asked, notice, FormErrors.none());
  }

  @POST
  @Path("/lock")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({"ADMIN", "ASSOCIATION"})
  public Response lock(@PathParam("quarter") String quarter, @BeanParam PageContext page) {
    Quarter asked = Quarters.named(quarter);
    locks.lock(asked, page.visitor().actor());
    return FormSubmit.seeOther(Paths.quarter(asked) + "?done=lock");
  }

  @POST
  @Path("/unlock")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed("ADMIN")
  public Response unlock(@PathParam("quarter") String quarter, @BeanParam PageContext page) {
    Visitor visitor = page.visitor();
    Quarter asked = Quarters.named(quarter);
    return FormSubmit.action(
        () -> {
          locks.unlock(asked, visitor.actor(), visitor.text().messages());
          return Paths.quarter(asked) + "?done=unlock";
        },
        refused -> quarterView(visitor, asked, "", FormErrors.none().general(refused.getMessage())),
        409);
  }

  private QuarterView quarterView(
      Visitor visitor, Quarter quarter, String notice, FormErrors errors) {
    return new QuarterView(
        visitor,
        quarter,
        locks.status(quarter),
        completeness.of(quarter, null),
        !Kyiv.today(clock).isBefore(quarter.lastDay()),
        notice,
        errors);
  }
}
