package org.hubops.api.reports;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.TreeSet;
import org.hubops.api.access.Caller;
import org.hubops.api.cycle.CompletenessReport;
import org.hubops.api.web.PageContext;
import org.hubops.api.web.Quarters;
import org.hubops.api.web.Visitor;
import org.hubops.model.Quarter;
import org.hubops.model.Role;
import org.hubops.model.report.Glance;

/**
 * The association's view of a quarter: who has reported the last quarter that ended (completeness
 * of the reporting cycle, with the missing hubs and whom to call), then the quarter's figures by
 * oblast and the active hubs that have logged nothing. Every figure comes from the owners the
 * workbook asks too (the reports' glance of the quarter, the dataset's own figures, frozen with it
 * once the quarter is locked; and the cycle's completeness), so the page and the workbook cannot
 * disagree.
 */
@Hidden // a page, not part of the API description
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"ADMIN", "ASSOCIATION", "REGIONAL"})
public record DashboardPage(ReportService reports, CompletenessReport completeness) {

  @GET
  public DashboardView show(
      @QueryParam("quarter") String wanted,
      @QueryParam("oblast") String wantedOblast,
      @BeanParam PageContext page) {
    Visitor visitor = page.visitor();
    // A regional officer sees one of their oblasts (the one a link names, else the first); staff
    // the country.
    Caller caller = visitor.caller();
    String oblast =
        !caller.is(Role.REGIONAL)
            ? null
            : caller.oblasts().stream()
                .filter(o -> o.equalsIgnoreCase(String.valueOf(wantedOblast)))
                .findFirst()
                .orElseGet(() -> new TreeSet<>(caller.oblasts()).first());
    Quarter current = Quarter.containing(reports.today());
    // A quarter that is not yet, or that no link names, is the current one.
    Quarter quarter = Quarters.parse(wanted).filter(q -> q.compareTo(current) <= 0).orElse(current);
    Glance glance = reports.glance(quarter, oblast);
    // Submissions are made once a quarter ends: a running quarter shows the last one's.
    Quarter reported = quarter.equals(current) ? quarter.previous() : quarter;
    return new DashboardView(
        visitor,
        quarter,
        quarter.equals(current),
        glance,
        completeness.of(reported, oblast),
        oblast);
  }
}
