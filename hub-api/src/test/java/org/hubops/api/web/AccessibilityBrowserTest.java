package org.hubops.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hubops.api.testing.Fixtures;
import org.hubops.model.Quarter;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Participant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * axe-core over every page, as each role sees it, at 1280 px and on a 360 px phone (issue #16): no
 * violation of any rule axe runs by default. axe-core comes from npm ({@code npm install -g
 * axe-core}, as {@code .ci/run} does); without it the test is skipped, unless {@code
 * -Dhubops.requireBrowser=true} makes that a failure.
 */
class AccessibilityBrowserTest {

  /**
   * Where {@code npm install -g} puts it: npm's global prefix is /usr on Debian, else /usr/local.
   */
  static final Path AXE =
      Stream.of(
              System.getProperty("hubops.axe", "/usr/lib/node_modules/axe-core/axe.min.js"),
              "/usr/local/lib/node_modules/axe-core/axe.min.js")
          .map(Path::of)
          .filter(Files::isReadable)
          .findFirst()
          .orElse(Path.of("/usr/lib/node_modules/axe-core/axe.min.js"));

  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document).then(r => done(r.violations.map(v =>
          v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))));
      """;

  private static WebCast cast;
  private static Browser browser;
  private static String axe;
  private static Participant participant;
  private static Equipment item;
  private static String session;

  @BeforeAll
  static void start() throws IOException {
    boolean installed = Files.isReadable(AXE);
    if (!installed && Boolean.getBoolean("hubops.requireBrowser")) {
      throw new IllegalStateException("hubops.requireBrowser is set but axe-core is missing");
    }
    assumeTrue(installed, "Accessibility tests skipped: npm install -g axe-core");
    axe = Files.readString(AXE);
    cast = WebCast.on(org.hubops.api.testing.TestDatabase.H2);
    browser = Browser.start(cast.service().anonymous().base());
    browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
    var api = cast.service().api();
    String hub = "/api/v1/hubs/" + cast.hubA().id();
    session =
        api.post(hub + "/sessions", Fixtures.session(LocalDate.now(), 4))
            .json()
            .path("id")
            .asText();
    participant = Fixtures.createParticipant(api, cast.hubA(), Fixtures.participant("AXE-1"));
    item = Fixtures.createEquipment(api, cast.hubA(), Fixtures.equipment("AXE-INV-1"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyPageHasNoViolationsAtBothWidths() {
    String hub = "/hubs/" + cast.hubA().id();
    String quarter = Quarter.containing(LocalDate.now()).toString();
    List<String> found = new ArrayList<>();
    browser.driver().manage().deleteAllCookies();
    check(found, "/login");
    as(cast.coordinator());
    check(
        found,
        hub,
        hub + "/sessions",
        hub + "/sessions/new",
        hub + "/sessions/" + session,
        hub + "/sessions/" + session + "/delete",
        hub + "/participants",
        hub + "/participants/new",
        hub + "/participants/" + participant.id(),
        hub + "/participants/" + participant.id() + "/erase",
        hub + "/equipment",
        hub + "/equipment/" + item.id(),
        hub + "/imports",
        hub + "/equipment/imports",
        hub + "/submit/" + quarter,
        "/hubs",
        "/hubs/" + cast.hubB().id(),
        "/password");
    as(cast.staff());
    check(found, "/dashboard", "/hubs", "/submissions", "/quarters/" + quarter, "/hubs/imports");
    as(cast.admin());
    check(
        found,
        "/accounts",
        "/accounts/new",
        "/accounts/" + cast.coordinator().username(),
        "/hubs/new",
        hub + "/edit");
    assertThat(found).isEmpty();
  }

  private static void as(Account account) {
    browser.driver().manage().deleteAllCookies();
    browser.login(account.username(), Fixtures.PASSWORD);
  }

  private static void check(List<String> found, String... paths) {
    for (int width : new int[] {1280, 360}) {
      browser
          .driver()
          .executeCdpCommand(
              "Emulation.setDeviceMetricsOverride",
              Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 400));
      for (String path : paths) {
        browser.open(path);
        browser.driver().executeScript(axe);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) browser.driver().executeAsyncScript(RUN);
        violations.forEach(v -> found.add(width + " px " + path + ": " + v));
      }
    }
    browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }
}
