package org.hubops.api.reminders;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
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
  public ReminderPlan plan(@BeanParam EndedQuarter asked) {
    return reminders.plan(asked.read(params));
  }

  /** Sends the reminders of the quarter that have not gone yet; 409 when e-mail is off. */
  @POST
  @Path("/send")
  public ReminderPlan send(@BeanParam EndedQuarter asked) {
    Quarter quarter = asked.read(params);
    if (!reminders.enabled()) {
      throw ProblemException.conflict(
          "Reminders are off: the service has no reminders.smtpHost to send through");
    }
    return reminders.send(quarter);
  }

  /**
   * {@code ?year=&quarter=} of a quarter that has ended (before its end nobody can submit it yet),
   * taken by both routes as one {@code BeanParam}.
   */
  // The API description reads a bean's parameters from the properties Jackson sees: its fields.
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
  public static final class EndedQuarter {

    @QueryParam("year")
    private String year;

    @QueryParam("quarter")
    private String quarter;

    @BeanParam private Requester requester;

    Quarter read(ReportParams.Reader params) {
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
}
