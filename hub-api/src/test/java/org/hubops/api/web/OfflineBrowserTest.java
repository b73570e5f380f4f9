package org.hubops.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The session form without a connection (issue #16), in headless Chromium: DevTools' network
 * emulation takes the page offline and {@link Line} cuts the wire for the service worker too.
 * Sessions logged offline stay on the device across a reload and arrive once each.
 */
class OfflineBrowserTest {

  private static TestService service;
  private static Line line;
  private static Browser browser;

  private Hub hub;
  private Account coordinator;

  @BeforeAll
  static void start() {
    service = TestService.on(TestDatabase.H2);
    line = Line.to(service.anonymous().base());
    // A Chromium of its own: dispatchSync counts on a fresh profile's registration ids.
    browser = Browser.startOwn(line.base());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (line != null) {
      line.close();
    }
  }

  @BeforeEach
  void aHubOfItsOwn() {
    online();
    hub = Fixtures.createHub(service.api());
    coordinator = service.addAccount(Role.COORDINATOR, hub);
    browser.driver().manage().deleteAllCookies();
    browser.open("/login").driver().executeScript("localStorage.clear()");
    browser.login(coordinator.username(), Fixtures.PASSWORD);
  }

  @Test
  void threeSessionsLoggedOfflineSurviveAReloadAndArriveOnceEachThoughTheLineDropsMidSync() {
    controlledFormOf(hub);
    offline();
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      ids.add(logSession("Офлайн " + i, "60"));
      assertThat(status()).contains(i + (i == 1 ? " заняття чекає" : " заняття чекають"));
    }
    assertThat(ids).doesNotHaveDuplicates();

    browser.driver().navigate().refresh();
    waitForStatus("3 заняття чекають на надсилання");
    assertThat(sessionsInApi()).isEmpty();

    // Back online, but the answer to the second session sent is lost after the service stored
    // it: that one stays waiting (the page and the worker's Background Sync may both be sending).
    line.dropAnswerToPost(2);
    online();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> line.posts() >= 2);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(
            d -> {
              String shown = status();
              return shown.contains("на надсилання") && !shown.startsWith("3 ");
            });
    browser.id("outbox-send").click();
    waitForStatus("Надіслано");

    List<String> stored = sessionsInApi();
    assertThat(stored).containsExactlyInAnyOrderElementsOf(ids);
    JsonNode first =
        service.api().get("/api/v1/hubs/" + hub.id() + "/sessions/" + ids.get(0)).json();
    assertThat(first.path("title").asText()).isEqualTo("Офлайн 1");
    assertThat(first.path("attendees")).hasSize(4);
  }

  @Test
  void aSessionRefusedOnSyncComesBackWithItsErrorsAndIsSavedOnceCorrected() {
    controlledFormOf(hub);
    offline();
    String id = logSession("Нульова тривалість", "0");
    online();
    browser.driver().navigate().refresh();
    String refused = waitForText("#outbox-refused", "Тривалість");
    assertThat(refused).contains("Нульова тривалість");
    assertThat(sessionsInApi()).isEmpty();

    browser.find("#outbox-refused a").click();
    browser.waitFor("#error-summary");
    assertThat(browser.find("input[name=id]").getDomProperty("value")).isEqualTo(id);
    assertThat(browser.id("durationMinutes-error").getText()).isNotBlank();
    browser.id("durationMinutes").sendKeys(Keys.chord(Keys.CONTROL, "a"), "45");
    browser.find("form[data-offline] button[type=submit]").click();
    browser.waitForPath("saved=");

    assertThat(sessionsInApi()).containsExactly(id);
    browser.open("/hubs/" + hub.id() + "/sessions");
    assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#outbox-refused")))
        .isEmpty();
  }

  @Test
  void editsSavedOfflineGoWithTheirVersionAndThoseRefusedOnSyncComeBackWithTheReason() {
    LocalDate yesterday = LocalDate.now(Kyiv.ZONE).minusDays(1);
    Quarter closed = Quarter.of(2023, 2);
    Session kept = logged(Fixtures.session(yesterday, 3));
    Session changedMeanwhile = logged(Fixtures.session(yesterday, 4));
    Session inClosedQuarter = logged(Fixtures.session(closed.firstDay().plusDays(9), 5));
    controlledFormOf(hub);
    for (Session s : List.of(kept, changedMeanwhile, inClosedQuarter)) {
      browser.open(edit(s));
    }
    offline();
    String lock = "/api/v1/quarters/" + closed + "/lock";
    try {
      List<Session> edited = List.of(kept, changedMeanwhile, inClosedQuarter);
      for (int i = 1; i <= edited.size(); i++) {
        Session s = edited.get(i - 1);
        browser.open(edit(s));
        browser.id("title").sendKeys(Keys.chord(Keys.CONTROL, "a"), "Змінено офлайн");
        browser.find("form[data-offline] button[type=submit]").click();
        waitForStatus(i + (i == 1 ? " заняття чекає" : " заняття чекають"));
        // An edit stays the edit of its session: same id, same version as it was opened with.
        assertThat(browser.find("input[name=id]").getDomProperty("value"))
            .isEqualTo(s.id().toString());
      }
      // While the device is offline, someone else changes one session and staff close a quarter.
      ApiResponse other =
          service
              .api()
              .put(
                  "/api/v1/hubs/" + hub.id() + "/sessions/" + changedMeanwhile.id(),
                  Api.JSON.<ObjectNode>valueToTree(changedMeanwhile).put("title", "Змінено в API"));
      assertThat(other.status()).as(other.toString()).isEqualTo(200);
      assertThat(service.api().put(lock, "{}").status()).isEqualTo(200);

      online();
      browser.driver().navigate().refresh();
      String refused = waitForText("#outbox-refused", "Квартал " + closed + " закрито");
      assertThat(refused).contains("Це заняття вже змінив хтось інший");
      assertThat(refused.split("Змінено офлайн", -1)).hasSize(3);
      assertThat(stored(kept).path("title").asText()).isEqualTo("Змінено офлайн");
      assertThat(stored(kept).path("version").asLong()).isEqualTo(kept.version() + 1);
      assertThat(stored(changedMeanwhile).path("title").asText()).isEqualTo("Змінено в API");
      assertThat(stored(inClosedQuarter).path("title").asText()).isEqualTo(kept.title());

      // Refused is never dropped: still there after a reload, each leading to its own session.
      browser.driver().navigate().refresh();
      waitForText("#outbox-refused", "Це заняття вже змінив хтось інший");
      browser.find("#outbox-refused a[href*='" + changedMeanwhile.id() + "']").click();
      browser.waitFor(".conflict");
      assertThat(browser.id("title").getDomProperty("value")).isEqualTo("Змінено офлайн");
    } finally {
      service.api().delete(lock);
    }
  }

  @Test
  void backgroundSyncAloneSendsTheOutboxWhileThePageStaysAsItIs() {
    controlledFormOf(hub);
    offline();
    List<String> ids = List.of(logSession("Фонова 1", "60"), logSession("Фонова 2", "45"));
    waitForStatus("2 заняття чекають");
    browser.driver().executeScript("window.notReloaded = true");
    int posts = line.posts();

    // The wire is back, but the page still believes it is offline, so it sends nothing itself:
    // only the browser's sync event, dispatched to the worker as Chrome does, can send.
    line.up();
    assertThat(browser.driver().executeScript("return navigator.onLine")).isEqualTo(false);
    dispatchSync();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> sessionsInApi().size() == 2);

    assertThat(sessionsInApi()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(line.posts()).isEqualTo(posts + 2);
    assertThat(browser.driver().executeScript("return window.notReloaded === true"))
        .isEqualTo(true);
    // The worker tells the page, which redraws its outbox: nothing waits any more.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(
            d ->
                Boolean.TRUE.equals(
                    browser
                        .driver()
                        .executeScript(
                            "var s = document.getElementById('outbox-status');"
                                + " return !s || s.textContent.indexOf('чека') < 0")));
  }

  @Test
  void aFormKeptForOfflineAndShownOnALaterDayHasThatDaysDate() {
    controlledFormOf(hub);
    String form = "/hubs/" + hub.id() + "/sessions/new";
    // The date the service filled in (its day in Kyiv): the attribute, not the field's value, which
    // the page sets to the device's day (UTC in this browser, a day behind Kyiv after 22:00).
    String today = browser.find("input[name=date]").getDomAttribute("value");
    // The kept copy as if made on an earlier day: the date the service filled in then.
    Object rewritten =
        browser
            .driver()
            .executeAsyncScript(
                "var path = arguments[0], day = arguments[1], done = arguments[2];"
                    + " caches.open('hubops-pages').then(function (c) {"
                    + "  return c.match(path).then(function (r) { return r.text(); })"
                    + "   .then(function (html) {"
                    + "    var earlier = html.split(day).join('2026-01-05');"
                    + "    return c.put(path, new Response(earlier,"
                    + "     { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));"
                    + "   });"
                    + " }).then(function () { done(true); }, function (e) { done(String(e)); });",
                form,
                today);
    assertThat(rewritten).isEqualTo(true);
    offline();

    browser.open(form);

    String shown = browser.find("input[name=date]").getDomProperty("value");
    Object deviceToday =
        browser
            .driver()
            .executeScript(
                "var d = new Date(); function two(n) { return (n < 10 ? '0' : '') + n; }"
                    + " return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-'"
                    + " + two(d.getDate());");
    assertThat(browser.find("input[name=date]").getDomAttribute("value")).isEqualTo("2026-01-05");
    assertThat(shown).isEqualTo(deviceToday).isNotEqualTo("2026-01-05");
  }

  /**
   * Chrome's sync event for the outbox's tag, as DevTools dispatches it. The protocol wants the
   * worker's registration id, which it only reports in events; a fresh profile numbers its
   * registrations from 0, and an id no registration has is ignored.
   */
  private static void dispatchSync() {
    browser.driver().executeCdpCommand("ServiceWorker.enable", Map.of());
    String origin = line.base().replaceAll("/$", "");
    for (int id = 0; id < 5; id++) {
      browser
          .driver()
          .executeCdpCommand(
              "ServiceWorker.dispatchSyncEvent",
              Map.of(
                  "origin",
                  origin,
                  "registrationId",
                  String.valueOf(id),
                  "tag",
                  "hubops-outbox",
                  "lastChance",
                  false));
    }
  }

  private Session logged(Session session) {
    return Fixtures.created(
        service.api().post("/api/v1/hubs/" + hub.id() + "/sessions", session), Session.class);
  }

  private String edit(Session session) {
    return "/hubs/" + hub.id() + "/sessions/" + session.id();
  }

  private JsonNode stored(Session session) {
    return service.api().get("/api/v1/hubs/" + hub.id() + "/sessions/" + session.id()).json();
  }

  @Test
  void aWeeklyClassIsCopiedFromTheLastSessionWithTodaysDateAndANewId() {
    browser.open("/hubs/" + hub.id() + "/sessions/new");
    String first = browser.find("input[name=id]").getDomProperty("value");
    browser.id("startTime").sendKeys("1400");
    browser.id("n_FEMALE_AGE_60_69").sendKeys("6");
    browser.find("input[name=topics][value='E.1']").click();
    browser.id("title").sendKeys("Смартфон для початківців");
    browser.find("form[data-offline] button[type=submit]").click();
    browser.waitForPath("saved=");

    browser.open("/hubs/" + hub.id() + "/sessions/new");
    browser.id("copy-last").click();
    browser.waitForPath("copy=last");
    assertThat(browser.id("title").getDomProperty("value")).isEqualTo("Смартфон для початківців");
    assertThat(browser.id("startTime").getDomProperty("value")).isEqualTo("14:00");
    assertThat(browser.id("n_FEMALE_AGE_60_69").getDomProperty("value")).isEqualTo("6");
    assertThat(browser.find("input[name=id]").getDomProperty("value")).isNotEqualTo(first);
    assertThat(browser.find("input[name=version]").getDomProperty("value")).isEmpty();
    browser.find("form[data-offline] button[type=submit]").click();
    browser.waitForPath("saved=");
    assertThat(sessionsInApi()).hasSize(2);
  }

  /** The form, under the service worker, with its page and the session list kept for offline. */
  private void controlledFormOf(Hub hub) {
    browser.open("/hubs/" + hub.id() + "/sessions");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(
            d ->
                Boolean.TRUE.equals(
                    browser.driver().executeScript("return !!navigator.serviceWorker.controller")));
    browser.open("/hubs/" + hub.id() + "/sessions");
    browser.open("/hubs/" + hub.id() + "/sessions/new");
  }

  private String logSession(String title, String minutes) {
    String id = browser.find("input[name=id]").getDomProperty("value");
    browser.id("startTime").sendKeys("1030");
    browser.id("durationMinutes").sendKeys(Keys.chord(Keys.CONTROL, "a"), minutes);
    browser.id("n_FEMALE_AGE_30_39").sendKeys("4");
    browser.find("input[name=topics][value='E.1']").click();
    browser.id("title").sendKeys(title);
    browser.find("form[data-offline] button[type=submit]").click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> !id.equals(browser.find("input[name=id]").getDomProperty("value")));
    return id;
  }

  private String status() {
    return waitForText("#outbox-status", "");
  }

  private void waitForStatus(String text) {
    waitForText("#outbox-status", text);
  }

  private String waitForText(String css, String text) {
    try {
      // The outbox script redraws its status, so an element found in one poll may be gone in the
      // next.
      return new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d -> {
                var found = d.findElements(org.openqa.selenium.By.cssSelector(css));
                String shown = found.isEmpty() ? null : found.get(0).getText();
                return shown != null && shown.contains(text) ? shown : null;
              });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "No '" + text + "' in " + css + ", page: " + browser.text("main"), e);
    }
  }

  private List<String> sessionsInApi() {
    JsonNode listed = service.api().get("/api/v1/hubs/" + hub.id() + "/sessions").json();
    return listed.path("items").findValuesAsText("id");
  }

  private static void offline() {
    line.down();
    emulate(true);
  }

  private static void online() {
    line.up();
    if (browser != null) {
      emulate(false);
    }
  }

  private static void emulate(boolean offline) {
    browser.driver().executeCdpCommand("Network.enable", Map.of());
    browser
        .driver()
        .executeCdpCommand(
            "Network.emulateNetworkConditions",
            Map.of(
                "offline",
                offline,
                "latency",
                0,
                "downloadThroughput",
                -1,
                "uploadThroughput",
                -1));
  }
}
