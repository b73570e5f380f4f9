package org.hubops.api.reminders;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.platform.Requester;
import org.hubops.api.platform.Violations;
import org.hubops.api.reports.ReportParams;
import org.hubops.model.Quarter;
import org.hubops.model.rest.ReminderPlan;

/**
 * {@code /reminders}: who would be reminded of a quarter (a dry run), and sending now rather than
 * waiting for the daily run. Admins only: it e-mails people.
 */
@Path("/api/v1/reminders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public record ReminderResource(ReportParams.Reader params, Reminders reminders) {

  @GET
  public ReminderPlan plan(
      @QueryParam("year") String year,
      @QueryParam("quarter") String quarter,
      @BeanParam Requester requester) {
    return reminders.plan(endedQuarter(year, quarter, requester));
  }

  /** Sends the reminders of the quarter that have not gone yet; 409 when e-mail is off. */
  @POST
  @Path("/send")
  public ReminderPlan send(
      @QueryParam("year") String year,
      @QueryParam("quarter") String quarter,
      @BeanParam Requester requester) {
    Quarter asked = endedQuarter(year, quarter, requester);
    if (!reminders.enabled()) {
      throw ProblemException.conflict(
          "Reminders are off: the service has no reminders.smtpHost to send through");
    }
    return reminders.send(asked);
  }

  /** A quarter that has ended: before its end nobody can submit it yet. */
  private Quarter endedQuarter(String year, String quarter, Requester requester) {
    Violations violations = requester.violations();
    LocalDate today = params.today();
    Quarter asked = params.of(violations).quarter(year, quarter, today);
    if (asked != null && !asked.lastDay().isBefore(today)) {
      violations.add("quarter", "reminder.quarterNotEnded", asked, asked.lastDay());
    }
    violations.throwIfAny();
    return asked;
  }
}
