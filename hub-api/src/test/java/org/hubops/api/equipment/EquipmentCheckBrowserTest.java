package org.hubops.api.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.web.Browser;
import org.hubops.api.web.WebCast;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Equipment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A coordinator checks the hub's equipment in Chromium on a phone-sized window (360 px): the page
 * fits without scrolling sideways, items are found by inventory number, and the round is recorded.
 * With {@code -Dhubops.pictures=DIR} the page is kept there as a PNG.
 */
class EquipmentCheckBrowserTest {

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
  void aCoordinatorChecksItemsOnAPhone() throws Exception {
    String prefix = "Т" + Fixtures.newHubCode();
    LocalDate today = LocalDate.now(Kyiv.ZONE);
    Equipment first =
        EquipmentCheckPageTest.item(
            cast.service().api(), cast.hubA(), prefix + "-1", today.minusMonths(14));
    Equipment second =
        EquipmentCheckPageTest.item(cast.service().api(), cast.hubA(), prefix + "-2", null);
    browser.login(cast.coordinator().username(), Fixtures.PASSWORD);
    browser.driver().manage().window().setSize(new Dimension(360, 800));
    browser.open("/hubs/" + cast.hubA().id() + "/equipment/check");

    browser.id("q").sendKeys(prefix);
    browser.find("form[role=search] button[type=submit]").click();
    browser.waitForPath("q=");
    assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".check-item")))
        .hasSize(2);
    assertThat(scrollWidth()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
    keep(browser.screenshot(360, 2400));
    browser.driver().manage().window().setSize(new Dimension(360, 800));

    browser.find("input[name='c-" + first.id() + "'][value=WORKING]").click();
    browser.find("input[name='c-" + second.id() + "'][value=NOT_WORKING]").click();
    browser.find("form.check-round .actions button[type=submit]").click();

    browser.waitForPath("checked=2");
    assertThat(browser.text(".notice")).isEqualTo("Записано 2 перевірки.");
    Equipment checked =
        cast.service()
            .api()
            .get("/api/v1/hubs/" + cast.hubA().id() + "/equipment/" + first.id())
            .as(Equipment.class);
    assertThat(checked.lastCheckedOn()).isEqualTo(today);
    assertThat(checked.status()).isEqualTo(EquipmentStatus.IN_SERVICE);
    browser.driver().manage().window().setSize(new Dimension(1000, 900));
  }

  private static long scrollWidth() {
    return ((Number)
            ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth"))
        .longValue();
  }

  private static void keep(byte[] png) throws Exception {
    String pictures = System.getProperty("hubops.pictures");
    if (pictures != null) {
      Path dir = Files.createDirectories(Path.of(pictures));
      Files.write(dir.resolve("equipment-check-360.png"), png);
    }
  }
}
