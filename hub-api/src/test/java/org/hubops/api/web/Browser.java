package org.hubops.api.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver: no Selenium Manager, no
 * downloads. Without the two binaries the browser tests are skipped with a message, unless {@code
 * -Dhubops.requireBrowser=true} (CI) makes that a failure.
 *
 * <p>Starting Chromium is the slowest step of a browser test, so the test classes share one,
 * started on first use and quit when the test run ends; each class gets it with no cookies, no
 * storage of its origin, one window of the usual size and no emulation ({@link #start}), and hands
 * it back so ({@link #close}). A class that needs what only a fresh profile has takes a Chromium of
 * its own ({@link #startOwn}).
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private static final Dimension WINDOW = new Dimension(1000, 900);

  /** The shared Chromium and its profile, once started. */
  private static Browser shared;

  private final String base;
  private final ChromeDriver driver;
  private final Path profile;
  private final boolean own;

  private Browser(String base, ChromeDriver driver, Path profile, boolean own) {
    this.base = base;
    this.driver = driver;
    this.profile = profile;
    this.own = own;
  }

  /** The shared Chromium, at {@code base}, as fresh as a new profile is for what tests use. */
  public static synchronized Browser start(String base) {
    if (shared == null) {
      Browser first = startOwn(base);
      shared = first;
      Runtime.getRuntime().addShutdownHook(new Thread(first::quit, "chromium-quit"));
    }
    Browser browser = new Browser(base, shared.driver, shared.profile, false);
    browser.reset();
    return browser;
  }

  /** A Chromium of its own, with a new profile, quit by {@link #close}. */
  public static Browser startOwn(String base) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!installed && Boolean.getBoolean("hubops.requireBrowser")) {
      throw new IllegalStateException("hubops.requireBrowser is set but chromium is missing");
    }
    assumeTrue(
        installed,
        "Browser tests skipped: install chromium and chromium-driver"
            + " (apt-get install -y chromium chromium-driver)");
    try {
      Path profile = Files.createTempDirectory("hubops-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-dev-shm-usage",
          "--user-data-dir=" + profile,
          "--window-size=1000,900",
          "--lang=uk-UA",
          "--hide-scrollbars");
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(DRIVER.toFile())
              .usingAnyFreePort()
              .build();
      return new Browser(base, new ChromeDriver(service, options), profile, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  public Browser open(String path) {
    driver.get(base + path);
    return this;
  }

  public String path() {
    String url = driver.getCurrentUrl();
    return url.startsWith(base) ? url.substring(base.length()) : url;
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public WebElement id(String id) {
    return driver.findElement(By.id(id));
  }

  public String text(String css) {
    return find(css).getText();
  }

  /** Waits (a few seconds at most) until the address holds {@code part}. */
  public Browser waitForPath(String part) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
    } catch (TimeoutException e) {
      throw new AssertionError("Still at " + path() + ", showing: " + text("main"), e);
    }
    return this;
  }

  /** Waits until an element matching {@code css} is on the page, e.g. after a form was sent. */
  public WebElement waitFor(String css) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(15))
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    } catch (TimeoutException e) {
      throw new AssertionError("No " + css + " at " + path() + ", showing: " + text("main"), e);
    }
  }

  public Browser login(String username, String password) {
    open("/login");
    id("username").sendKeys(username);
    id("password").sendKeys(password);
    find("form[action='/login'] button").click();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> !d.getCurrentUrl().contains("/login"));
    return this;
  }

  public Browser logout() {
    find("form[action='/logout'] button").click();
    return waitForPath("/login");
  }

  /** The id of the element that has the keyboard focus. */
  public String focused() {
    return String.valueOf(
        ((JavascriptExecutor) driver).executeScript("return document.activeElement.id"));
  }

  /** A PNG of the page at {@code width} px, as tall as the page (at most {@code maxHeight}). */
  public byte[] screenshot(int width, int maxHeight) {
    driver.manage().window().setSize(new Dimension(width, 900));
    Number height =
        (Number)
            ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new Dimension(width, Math.min(maxHeight, height.intValue())));
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    driver.manage().window().setSize(WINDOW);
    return png;
  }

  /**
   * Hands the shared Chromium back as {@link #start} gives it; quits one of its own. A failure to
   * reset must not hide the test's own outcome, and the next {@link #start} resets again.
   */
  @Override
  public void close() {
    if (own) {
      quit();
    } else {
      reset();
    }
  }

  /** No cookies, nothing stored for this origin, one window of the usual size, no emulation. */
  private void reset() {
    String first = driver.getWindowHandles().iterator().next();
    for (String window : driver.getWindowHandles()) {
      if (!window.equals(first)) {
        driver.switchTo().window(window).close();
      }
    }
    driver.switchTo().window(first);
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    driver.get("about:blank");
    driver.manage().deleteAllCookies();
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    driver.executeCdpCommand(
        "Storage.clearDataForOrigin",
        Map.of("origin", base.replaceAll("/$", ""), "storageTypes", "all"));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    driver.manage().window().setSize(WINDOW);
  }

  private void quit() {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary profile left behind is harmless
    }
  }
}
