package org.hubops.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Hub;
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
    browser = Browser.start(line.base());
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
