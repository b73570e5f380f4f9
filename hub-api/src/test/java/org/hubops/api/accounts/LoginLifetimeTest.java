package org.hubops.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import java.util.List;
import java.util.Map;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.api.web.WebClient;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A login on a shared library PC ends with the browser or after it sits idle, so that the next
 * patron does not open the coordinator's pages; a coordinator may ask to be remembered on their own
 * phone. A service of its own with an idle timeout of two seconds.
 */
class LoginLifetimeTest {

  private static TestService service;
  private static Account coordinator;

  @BeforeAll
  static void start() {
    service =
        TestService.start(
            TestDatabase.H2, ConfigOverride.config("access.loginIdleTimeout", "2 seconds"));
    coordinator = service.addAccount(Role.COORDINATOR, Fixtures.createHub(service.api()));
  }

  @AfterAll
  static void stop() {
    service.stop();
  }

  /** Logs in through the form, ticking "remember me" or not; returns the client and its answer. */
  private static WebClient.Answer login(WebClient browser, boolean remember) {
    WebClient.Answer form = browser.get("/login");
    Map<String, String> fields =
        new java.util.HashMap<>(
            Map.of(
                "csrf",
                form.field("csrf"),
                "username",
                coordinator.username(),
                "password",
                Fixtures.PASSWORD));
    if (remember) {
      fields.put("remember", "true");
    }
    WebClient.Answer done = browser.post("/login", fields);
    assertThat(done.status()).as(done.toString()).isEqualTo(303);
    return done;
  }

  private static String sessionCookie(WebClient.Answer answer) {
    List<String> cookies = answer.response().headers().allValues("Set-Cookie");
    return cookies.stream().filter(c -> c.startsWith("hubops_session=")).findFirst().orElseThrow();
  }

  @Test
  void anOrdinaryLoginIsForgottenWithTheBrowserAndEndsWhenIdle() throws Exception {
    WebClient browser = new WebClient(service);
    String cookie = sessionCookie(login(browser, false));

    assertThat(cookie).doesNotContainIgnoringCase("Max-Age").doesNotContainIgnoringCase("Expires");
    assertThat(browser.get("/hubs").status()).isEqualTo(200);
    Thread.sleep(3_000);
    WebClient.Answer later = browser.get("/hubs");
    assertThat(later.status()).isEqualTo(303);
    assertThat(later.location()).contains("/login");
  }

  @Test
  void aLoginInUseStaysWhileItsPagesAreOpenedWithinTheIdleTimeout() throws Exception {
    WebClient browser = new WebClient(service);
    login(browser, false);

    for (int i = 0; i < 6; i++) {
      Thread.sleep(800);
      assertThat(browser.get("/hubs").status()).as("request %d", i).isEqualTo(200);
    }
  }

  @Test
  void aRememberedLoginOutlivesTheBrowserAndIdleness() throws Exception {
    WebClient browser = new WebClient(service);
    String cookie = sessionCookie(login(browser, true));

    assertThat(cookie).containsIgnoringCase("Max-Age=2592000");
    Thread.sleep(3_000);
    assertThat(browser.get("/hubs").status()).isEqualTo(200);
  }

  @Test
  void theLoginPageOffersToRememberTheDeviceAndWarnsAboutSharedComputers() {
    String page = new WebClient(service).get("/login").body();

    assertThat(page).contains("name=\"remember\"", "Запам’ятати мене на цьому пристрої");
    assertThat(page).contains("спільному комп’ютері");
  }
}
