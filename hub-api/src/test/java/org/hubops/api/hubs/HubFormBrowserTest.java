package org.hubops.api.hubs;

import static org.assertj.core.api.Assertions.assertThat;

import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.web.Browser;
import org.hubops.api.web.WebCast;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Registering a village library as staff do in Chromium: the first letters of the village bring its
 * settlements up while typing, one is chosen, the hub is saved; the search step fits a phone.
 */
class HubFormBrowserTest {

  private static Browser browser;
  private static WebCast cast;

  @BeforeAll
  static void start() {
    cast = WebCast.on(TestDatabase.H2);
    browser = Browser.start(cast.service().anonymous().base());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void typingTheFirstLettersOfAVillageOffersItsSettlementsAndTheHubIsSavedOnIt() {
    browser.login(cast.staff().username(), Fixtures.PASSWORD);
    browser.open("/hubs/new");
    browser.driver().manage().window().setSize(new Dimension(360, 800));
    assertThat(rightEdge(browser.find(".search-step button"))).isLessThanOrEqualTo(360);

    String code = Fixtures.newHubCode();
    browser.id("code").sendKeys(code);
    browser.id("name").sendKeys("Бібліотека-філія №7");
    browser.find("#institutionType option[value=LIBRARY]").click();
    // Typed as people type it: a plain apostrophe where the codifier has the typographic one.
    browser.id("place").sendKeys("Кам'янка-Дн");
    WebElement city =
        browser.waitFor("#place-results input[value='" + HubFormPagesTest.KAMIANKA + "']");
    assertThat(browser.path()).endsWith("/hubs/new");
    city.click();
    browser.id("openedOn").sendKeys("01.09.2024");
    browser.find("form[action='/hubs/new'] .actions button[type=submit]").click();

    browser.waitForPath("saved=1");
    Hub hub = cast.service().api().get("/api/v1/hubs/" + code).as(Hub.class);
    assertThat(hub.settlementCode()).isEqualTo(HubFormPagesTest.KAMIANKA);
    assertThat(browser.text("h1")).isEqualTo("Бібліотека-філія №7");
    browser.driver().manage().window().setSize(new Dimension(1000, 900));
  }

  private static long rightEdge(WebElement element) {
    return ((Number)
            ((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].getBoundingClientRect().right", element))
        .longValue();
  }
}
