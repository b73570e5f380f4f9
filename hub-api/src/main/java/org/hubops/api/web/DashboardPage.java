package org.hubops.api.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.jdbi.v3.core.Jdbi;

/**
 * The association's view of a quarter: national figures, each oblast, and, first of all, the active
 * hubs that have logged nothing yet, so that staff can call them while the quarter runs.
 */
@Hidden // a page, not part of the API description
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"ADMIN", "ASSOCIATION"})
public final class DashboardPage {

  /** Enough to call through in a week; the hub list (and the workbook) has them all. */
  static final int SILENT_SHOWN = 100;

  private final Jdbi jdbi;
  private final Clock clock;

  DashboardPage(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  @GET
  public DashboardView show(
      @QueryParam("quarter") String wanted, @Context ContainerRequestContext request) {
    Visitor visitor = Visitor.of(request);
    Quarter current = Quarter.containing(Kyiv.today(clock));
    // A quarter that is not yet, or that no link names, is the current one.
    Quarter quarter = Quarters.parse(wanted).filter(q -> q.compareTo(current) <= 0).orElse(current);
    LocalDate from = quarter.firstDay();
    LocalDate to = quarter.lastDay();
    return jdbi.withExtension(
        FiguresDao.class,
        dao -> {
          List<FiguresDao.OblastFigures> oblasts = dao.byOblast(from, to);
          List<FiguresDao.SilentHub> silent = dao.silentHubs(from, to, SILENT_SHOWN);
          long silentCount =
              silent.size() < SILENT_SHOWN ? silent.size() : dao.silentHubCount(from, to);
          return new DashboardView(
              visitor, quarter, quarter.equals(current), oblasts, silent, silentCount);
        });
  }
}
