package org.hubops.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.web.WebCast;
import org.hubops.api.web.WebClient;
import org.hubops.model.Gender;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.Role;
import org.hubops.model.report.Figures;
import org.hubops.model.report.HubDataset;
import org.hubops.model.report.Overview;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The start pages show the figures the reports give: the staff dashboard those of the quarter's
 * dataset (the frozen one once the quarter is locked), a coordinator's hub home page those of the
 * hub's report of the quarter; a session just logged shows on both.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class StartPageFiguresTest {

  /** A quarter long past that no other test writes in. */
  private static final Quarter LOCKED = Quarter.of(2017, 2);

  private static final Pattern FIGURE = Pattern.compile("<li><b>([^<]*)</b>");

  @Parameter TestDatabase database;

  @Test
  void aSessionLoggedShowsOnTheDashboardAndTheHubHomePageAsInTheReports() {
    WebCast cast = WebCast.on(database);
    Api admin = cast.service().api();
    Quarter quarter = Quarter.containing(LocalDate.now(Kyiv.ZONE));
    Hub hub = cast.hubA();
    WebClient staff = cast.as(cast.staff());
    WebClient coordinator = cast.as(cast.coordinator());
    List<String> dashboardBefore = national(staff.get("/dashboard").body());
    List<String> homeBefore = hubHome(coordinator.get("/hubs/" + hub.id()).body());

    ApiResponse logged =
        cast.service()
            .as(Role.COORDINATOR, hub)
            .post(
                "/api/v1/hubs/" + hub.id() + "/sessions",
                Fixtures.session(LocalDate.now(Kyiv.ZONE), 7));
    assertThat(logged.status()).as(logged.toString()).isEqualTo(201);

    List<String> dashboard = national(staff.get("/dashboard").body());
    QuarterlyDataset dataset =
        admin
            .get(
                "/api/v1/reports/quarterly?year="
                    + quarter.year()
                    + "&quarter="
                    + quarter.quarter())
            .as(QuarterlyDataset.class);
    assertThat(dashboard).isEqualTo(national(dataset.current()));
    assertThat(Long.parseLong(dashboard.get(0)))
        .isEqualTo(Long.parseLong(dashboardBefore.get(0)) + 1);
    assertThat(Long.parseLong(dashboard.get(2)))
        .isEqualTo(Long.parseLong(dashboardBefore.get(2)) + 7);

    List<String> home = hubHome(coordinator.get("/hubs/" + hub.id()).body());
    HubDataset report =
        admin
            .get(
                "/api/v1/hubs/"
                    + hub.id()
                    + "/report?from="
                    + quarter.firstDay()
                    + "&to="
                    + quarter.lastDay())
            .as(HubDataset.class);
    assertThat(home).isEqualTo(hubHome(report.figures()));
    assertThat(Long.parseLong(home.get(0))).isEqualTo(Long.parseLong(homeBefore.get(0)) + 1);
    assertThat(Long.parseLong(home.get(2))).isEqualTo(Long.parseLong(homeBefore.get(2)) + 7);
  }

  @Test
  void aLockedQuartersDashboardShowsTheFiguresFrozenWithItsDataset() {
    WebCast cast = WebCast.on(database);
    Api admin = cast.service().api();
    Hub hub = hubBefore(admin, "UA-46");
    Hub silent = hubBefore(admin, "UA-07");
    String sessions = "/api/v1/hubs/" + hub.id() + "/sessions";
    assertThat(admin.post(sessions, Fixtures.session(LOCKED.firstDay().plusDays(3), 5)).status())
        .isEqualTo(201);
    ApiResponse locked = admin.put("/api/v1/quarters/" + LOCKED + "/lock", "{}");
    assertThat(locked.status()).as(locked.toString()).isEqualTo(200);
    String period = "year=" + LOCKED.year() + "&quarter=" + LOCKED.quarter();
    QuarterlyDataset frozen =
        admin.get("/api/v1/reports/quarterly?" + period).as(QuarterlyDataset.class);
    assertThat(frozen.status().locked()).isTrue();
    // Served as the text frozen with it, with who has reported as it stands now.
    assertThat(frozen.completeness()).isNotNull();
    assertThat(frozen.completeness().quarter()).isEqualTo(LOCKED);

    WebClient staff = cast.as(cast.staff());
    String page = staff.get("/dashboard?quarter=" + LOCKED).body();

    assertThat(page).contains("Квартал закрито");
    assertThat(national(page)).isEqualTo(national(frozen.current()));
    String alert = page.substring(page.indexOf("class=\"alert\""));
    assertThat(alert.substring(0, alert.indexOf("</section>")))
        .contains(silent.code(), "href=\"/hubs/" + silent.id() + "\"")
        .doesNotContain(hub.code());
    assertThat(admin.delete("/api/v1/quarters/" + LOCKED + "/lock").status()).isEqualTo(200);
  }

  /** A hub opened a year before the locked quarter. */
  private static Hub hubBefore(Api admin, String oblast) {
    return Fixtures.created(
        admin.post(
            "/api/v1/hubs",
            Fixtures.hub(Fixtures.newHubCode(), oblast, LOCKED.firstDay().minusYears(1))),
        Hub.class);
  }

  /** The national line of the dashboard: sessions, hours, attendances, women, men, hubs. */
  private static List<String> national(String page) {
    String section = page.substring(page.indexOf("<h2>Уся Україна</h2>"));
    return figures(section);
  }

  private static List<String> national(Overview overview) {
    List<String> line = new ArrayList<>(activity(overview.figures()));
    line.add(overview.reportingHubs() + "/" + overview.activeHubs());
    return line;
  }

  /** A hub home page's figures: sessions, hours, attendances, women, men, IDP. */
  private static List<String> hubHome(String page) {
    return figures(page.substring(page.indexOf("<h2>Цифри за")));
  }

  private static List<String> hubHome(Figures f) {
    List<String> line = new ArrayList<>(activity(f));
    line.add(Long.toString(f.attendances().idp()));
    return line;
  }

  /** Sessions, hours, attendances, women and men, as both pages begin their figures. */
  private static List<String> activity(Figures f) {
    return List.of(
        Long.toString(f.sessions()),
        hours(f.trainingMinutes()),
        Long.toString(f.attendances().total()),
        Long.toString(f.attendances().count(Gender.FEMALE)),
        Long.toString(f.attendances().count(Gender.MALE)));
  }

  /** Hours to one decimal as the pages write them, with a decimal comma. */
  private static String hours(long minutes) {
    double hours = Math.round(minutes / 6.0) / 10.0;
    return (hours == Math.rint(hours) ? Long.toString((long) hours) : Double.toString(hours))
        .replace('.', ',');
  }

  /** The bold figures of the first list of figures in {@code html}. */
  private static List<String> figures(String html) {
    String list = html.substring(html.indexOf("<ul class=\"figures\">"), html.indexOf("</ul>"));
    List<String> figures = new ArrayList<>();
    Matcher m = FIGURE.matcher(list);
    while (m.find()) {
      // Grouping spaces (a thousand is "1 000") are no part of the figure.
      figures.add(m.group(1).replaceAll("[\\s\u00a0\u202f]", ""));
    }
    return figures;
  }
}
