package org.hubops.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.junit.jupiter.api.Test;

/**
 * Issue #16, defect 7 over real HTTP: workbooks in the page's language, a password an admin can set
 * for someone who forgot theirs, a new token that a reload does not issue again, a favicon, and the
 * offline app's manifest and worker served with the headers they need.
 */
class CoordinatorDayPagesTest {

  private static final Pattern REPORT_LINK =
      Pattern.compile("href=\"(/api/v1/hubs/[^\"]+report[^\"]*)\"");

  private final WebCast cast = WebCast.on(TestDatabase.H2);

  @Test
  void theHubsWorkbookComesInThePagesLanguageWhateverTheBrowserAsksFor() throws IOException {
    WebClient coordinator = cast.as(cast.coordinator());
    String hub = "/hubs/" + cast.hubA().id();
    String ukrainian = link(coordinator.get(hub).body());
    String english = link(coordinator.cookie("lang", "en").get(hub).body());
    assertThat(ukrainian).contains("lang=uk");
    assertThat(english).contains("lang=en");

    // An en-US browser asks for English; the Ukrainian page's link still brings Ukrainian.
    Api browser = cast.service().api().with("Accept-Language", "en-US,en;q=0.9");
    String ukSheet = firstSheet(browser.downloadBody(ukrainian.replace("&amp;", "&")));
    String enSheet = firstSheet(browser.downloadBody(english.replace("&amp;", "&")));
    assertThat(ukSheet).isNotEqualTo(enSheet).containsPattern("\\p{IsCyrillic}");
  }

  @Test
  void reloadingTheNewTokenPageIssuesNoSecondTokenAndShowsTheFirstOnlyOnce() {
    WebClient admin = cast.as(cast.admin());
    Account someone = cast.service().addAccount(Role.ASSOCIATION);
    String page = "/accounts/" + someone.username();
    int before = tokensOn(admin.get(page).body());

    WebClient.Answer issued = admin.post(page + "/tokens", Map.of("label", "звіти"));
    assertThat(issued.status()).isEqualTo(303);
    WebClient.Answer shown = admin.get(issued.location());
    assertThat(shown.body()).contains("id=\"issued-token\"");
    // The browser's reload asks for the page it was sent to, not for a new token.
    WebClient.Answer reloaded = admin.get(issued.location());
    assertThat(reloaded.status()).isEqualTo(200);
    assertThat(reloaded.body()).doesNotContain("id=\"issued-token\"");
    assertThat(tokensOn(reloaded.body())).isEqualTo(before + 1);
    // Nobody else can pick the secret up with the address.
    WebClient other = cast.as(cast.admin());
    assertThat(other.get(issued.location()).body()).doesNotContain("id=\"issued-token\"");
  }

  @Test
  void anAdminSetsANewPasswordForSomeoneWhoForgotTheirsAndTheLoginPageSaysSo() {
    assertThat(cast.anonymous().get("/login").body()).contains("задасть вам новий пароль");
    WebClient admin = cast.as(cast.admin());
    Account forgetful = cast.service().addAccount(Role.COORDINATOR, cast.hubA());
    String page = "/accounts/" + forgetful.username();

    WebClient.Answer weak =
        admin.post(
            page + "/password",
            Map.of("password", "password123", "version", admin.get(page).field("version")));
    assertThat(weak.status()).isEqualTo(422);
    assertThat(weak.body()).contains("class=\"conflict\"");

    String fresh = "Читальна-зала-2027-осінь";
    WebClient.Answer set =
        admin.post(
            page + "/password",
            Map.of("password", fresh, "version", admin.get(page).field("version")));
    assertThat(set.status()).isEqualTo(303);
    assertThat(admin.get(set.location()).body()).contains("Новий пароль задано");
    new WebClient(cast.service()).login(forgetful.username(), fresh);
  }

  @Test
  void aCoordinatorChangesTheirOwnPasswordAndLogsInWithTheNewOne() {
    Account someone = cast.service().addAccount(Role.COORDINATOR, cast.hubA());
    WebClient self = cast.as(someone);
    assertThat(self.get("/hubs/" + cast.hubA().id()).body()).contains("href=\"/password\"");
    assertThat(self.get("/password").status()).isEqualTo(200);
    String fresh = "Абонемент-читальня-2027";

    WebClient.Answer wrong =
        self.post("/password", Map.of("current", "не-той-пароль-зовсім", "password", fresh));
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.body()).contains("id=\"current-error\"", "Це не ваш теперішній пароль");
    WebClient.Answer weak =
        self.post("/password", Map.of("current", Fixtures.PASSWORD, "password", "qwerty123456"));
    assertThat(weak.status()).isEqualTo(422);
    assertThat(weak.body()).contains("id=\"password-error\"");

    WebClient.Answer changed =
        self.post("/password", Map.of("current", Fixtures.PASSWORD, "password", fresh));
    assertThat(changed.status()).isEqualTo(303);
    assertThat(changed.location()).isEqualTo("/login?changed=1");
    assertThat(self.get(changed.location()).body()).contains("Пароль змінено");
    // This login ended with the old password; the new one opens the hub.
    assertThat(self.get("/hubs/" + cast.hubA().id()).status()).isEqualTo(303);
    WebClient again = new WebClient(cast.service()).login(someone.username(), fresh);
    assertThat(again.get("/hubs/" + cast.hubA().id()).status()).isEqualTo(200);
  }

  @Test
  void everyPageHasAFaviconAndTheOfflineAppItsManifestAndWorker() {
    WebClient.Answer login = cast.anonymous().get("/login");
    String icon = attribute(login.body(), "<link rel=\"icon\" href=\"([^\"]+)\"");
    String manifest = attribute(login.body(), "<link rel=\"manifest\" href=\"([^\"]+)\"");
    String worker = attribute(login.body(), "data-sw=\"([^\"]+)\"");

    WebClient.Answer favicon = cast.anonymous().get(icon);
    assertThat(favicon.status()).isEqualTo(200);
    assertThat(favicon.header("Content-Type")).startsWith("image/svg+xml");
    WebClient.Answer app = cast.anonymous().get(manifest);
    assertThat(app.header("Content-Type")).startsWith("application/manifest+json");
    assertThat(app.body()).contains("\"start_url\": \"/\"", "\"display\": \"standalone\"");
    WebClient.Answer sw = cast.anonymous().get(worker);
    assertThat(sw.status()).isEqualTo(200);
    assertThat(sw.header("Service-Worker-Allowed")).isEqualTo("/");
    assertThat(sw.header("Cache-Control")).isEqualTo("no-cache");
    assertThat(sw.header("Content-Security-Policy")).isEqualTo(PageFilter.CONTENT_SECURITY_POLICY);
  }

  private static String link(String page) {
    Matcher m = REPORT_LINK.matcher(page);
    assertThat(m.find()).as("a workbook link on %s", page).isTrue();
    return m.group(1);
  }

  private static String attribute(String page, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(page);
    assertThat(m.find()).as(pattern).isTrue();
    return m.group(1).replace("&amp;", "&");
  }

  private static int tokensOn(String page) {
    return page.split("/revoke\"", -1).length - 1;
  }

  private static String firstSheet(byte[] xlsx) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      return book.getSheetName(0) + " " + book.getSheetAt(0).getRow(0).getCell(0);
    }
  }
}
