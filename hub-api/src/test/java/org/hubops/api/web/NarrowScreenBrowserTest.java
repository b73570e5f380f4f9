package org.hubops.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every list on a 360 px phone (issue #16, defect 6): its key column (the date, code or name that
 * says which row it is) stays within the screen, also when the rest of a wide table is scrolled
 * sideways, and the page itself never scrolls sideways.
 */
class NarrowScreenBrowserTest {

  private static final int PHONE = 360;

  /** For each table on the page: the first cell of each row, and where it ends up on screen. */
  private static final String KEY_CELLS =
      """
      const out = [];
      document.querySelectorAll('main table').forEach(table => {
        const box = table.closest('.table');
        for (const end of [0, 1]) {
          if (box) { box.scrollLeft = end ? box.scrollWidth : 0; }
          table.querySelectorAll('tbody tr').forEach(tr => {
            const r = tr.firstElementChild.getBoundingClientRect();
            out.push({left: r.left, right: r.right, text: tr.firstElementChild.textContent.trim()});
          });
        }
      });
      return {cells: out, page: document.documentElement.scrollWidth, view: innerWidth};
      """;

  private static WebCast cast;
  private static Browser browser;
  private static Equipment item;

  @BeforeAll
  static void start() {
    cast = WebCast.on(TestDatabase.H2);
    browser = Browser.start(cast.service().anonymous().base());
    Hub hub = cast.hubA();
    var session = Fixtures.session(LocalDate.now(), 3);
    cast.service().api().post("/api/v1/hubs/" + hub.id() + "/sessions", session);
    Fixtures.createParticipant(cast.service().api(), hub, Fixtures.participant("NARROW-1"));
    item = Fixtures.createEquipment(cast.service().api(), hub, Fixtures.equipment("NARROW-INV-1"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void phone() {
    browser.driver().manage().deleteAllCookies();
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", PHONE, "height", 780, "deviceScaleFactor", 1, "mobile", true));
  }

  @AfterEach
  void desktop() {
    browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  @Test
  void aCoordinatorsListsKeepTheirKeyColumnOnAPhone() {
    String hub = "/hubs/" + cast.hubA().id();
    browser.login(cast.coordinator().username(), Fixtures.PASSWORD);
    readable(hub);
    readable(hub + "/sessions");
    readable(hub + "/participants");
    readable(hub + "/equipment");
    readable(hub + "/equipment/" + item.id());
    readable("/hubs");
  }

  @Test
  void staffAndAdminListsKeepTheirKeyColumnOnAPhone() {
    browser.login(cast.staff().username(), Fixtures.PASSWORD);
    readable("/dashboard");
    readable("/hubs");
    readable("/submissions");
    browser.logout();
    browser.login(cast.admin().username(), Fixtures.PASSWORD);
    readable("/accounts");
    readable("/accounts/" + cast.coordinator().username());
  }

  private static void readable(String path) {
    browser.open(path);
    @SuppressWarnings("unchecked")
    Map<String, Object> seen = (Map<String, Object>) browser.driver().executeScript(KEY_CELLS);
    long view = ((Number) seen.get("view")).longValue();
    assertThat(view).as("viewport").isEqualTo(PHONE);
    assertThat(((Number) seen.get("page")).longValue())
        .as("%s scrolls sideways", path)
        .isLessThanOrEqualTo(view);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> cells = (List<Map<String, Object>>) seen.get("cells");
    for (Map<String, Object> cell : cells) {
      assertThat(((Number) cell.get("left")).doubleValue())
          .as("%s: key cell '%s' starts on screen", path, cell.get("text"))
          .isGreaterThanOrEqualTo(-0.5);
      assertThat(((Number) cell.get("right")).doubleValue())
          .as("%s: key cell '%s' ends on screen", path, cell.get("text"))
          .isLessThanOrEqualTo(view + 0.5);
    }
  }
}
