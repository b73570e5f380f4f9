package org.hubops.api.equipment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.hubops.api.access.Caller;
import org.hubops.api.platform.Requester;
import org.hubops.api.platform.Text;
import org.hubops.api.platform.Violations;
import org.hubops.api.reports.Downloads;
import org.hubops.api.reports.ReportParams;
import org.hubops.model.Language;
import org.hubops.model.Role;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code /reports/equipment?from=&to=[&oblast=][&funding=]}: every item with its state, its audit
 * and its use in the period, rolled up by hub, oblast, category and funding source; as JSON, or the
 * equipment workbook for {@code Accept: }{@value Downloads#XLSX}. With {@code funding}, it is that
 * donor's equipment annex. Without dates, the year to today.
 *
 * <p>Association staff and admins see every hub, a regional officer their oblasts', a coordinator
 * the hubs they serve. No note or name is in it.
 */
@Path("/api/v1/reports/equipment")
@RolesAllowed({"ADMIN", "ASSOCIATION", "REGIONAL", "COORDINATOR"})
public record EquipmentReportResource(Jdbi jdbi, EquipmentReports reports) {

  @GET
  @Produces({MediaType.APPLICATION_JSON, Downloads.XLSX})
  public Response equipment(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("oblast") String oblast,
      @QueryParam("funding") String funding,
      @BeanParam Downloads.Form form,
      @BeanParam Requester requester) {
    Violations violations = requester.violations();
    ReportParams asked = new ReportParams(jdbi, violations);
    LocalDate today = reports.today();
    boolean dated = !blank(from) || !blank(to);
    ReportParams.Period period =
        asked.period(
            dated ? from : today.minusYears(1).plusDays(1).toString(),
            dated ? to : today.toString(),
            today);
    Caller caller = Caller.of(requester.security());
    String code = asked.oblast(oblast);
    String oblastCode = caller.is(Role.COORDINATOR) ? code : caller.reportOblast(code, violations);
    String donor = Text.clean(funding);
    violations.maxLength("funding", donor, 200);
    Language language = form.language(violations);
    violations.throwIfAny();
    EquipmentScope scope =
        new EquipmentScope(
            period.from(),
            period.to(),
            oblastCode,
            donor,
            caller.is(Role.COORDINATOR) ? caller.hubIds() : null);
    return form.answer(
        fileName(scope),
        out -> reports.write(scope, language, out),
        () -> Response.ok(reports.dataset(scope), MediaType.APPLICATION_JSON));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /**
   * {@code hubops-equipment-2026-01-01-2026-12-31[-UA-46][-USAID].xlsx}, in ASCII for the header.
   */
  private static String fileName(EquipmentScope scope) {
    StringBuilder name =
        new StringBuilder("hubops-equipment-").append(scope.from()).append('-').append(scope.to());
    if (scope.oblast() != null) {
      name.append('-').append(scope.oblast());
    }
    if (scope.funding() != null) {
      String donor = scope.funding().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
      if (!donor.isEmpty()) {
        name.append('-').append(donor);
      }
    }
    return name.append(".xlsx").toString();
  }
}
