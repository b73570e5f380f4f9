package org.hubops.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.net.HttpCookie;
import java.util.ArrayList;
import java.util.List;
import org.hubops.api.access.Secrets;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Login;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * Passwords, tokens and session ids are stored only as hashes, in every table, and never reach the
 * log, while they are used in every way the API allows.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class SecretsStayPutTest {

  @Parameter TestDatabase database;

  /** What one round of use sent: every secret, in clear. */
  private record Used(Account account, String token, String sessionId, List<String> secrets) {}

  private Used useEverySecret() {
    TestService service = TestService.on(database);
    Account account = service.addAccount(Role.ASSOCIATION);
    String token = service.issueToken(account.username());
    service.anonymous().withToken(token).get("/api/v1/hubs");
    service.anonymous().withToken(Secrets.newToken()).get("/api/v1/hubs");
    service.anonymous().post("/api/v1/login", new Login(account.username(), "wrong password!"));
    String setCookie =
        service
            .anonymous()
            .post("/api/v1/login", new Login(account.username(), Fixtures.PASSWORD))
            .header("Set-Cookie")
            .orElseThrow();
    String sessionId = HttpCookie.parse(setCookie).get(0).getValue();
    service.anonymous().with("Cookie", "hubops_session=" + sessionId).get("/api/v1/me");
    return new Used(
        account, token, sessionId, List.of(Fixtures.PASSWORD, token, sessionId, "wrong password!"));
  }

  @Test
  void noTableHoldsAPasswordTokenOrSessionIdInClear() {
    Used used = useEverySecret();
    Jdbi jdbi = TestService.on(database).jdbi();

    String passwordHash =
        jdbi.withHandle(
            h ->
                h.createQuery("select password_hash from account where username = :u")
                    .bind("u", used.account().username())
                    .mapTo(String.class)
                    .one());
    String accounts = table(jdbi, "account");
    String credentials = table(jdbi, "api_token") + table(jdbi, "login_session");
    String audit = table(jdbi, "audit_entry");

    assertThat(passwordHash).startsWith("$2").hasSize(60);
    assertThat(accounts + credentials + audit).doesNotContain(used.secrets());
    assertThat(credentials).contains(Secrets.hash(used.token()), Secrets.hash(used.sessionId()));
    assertThat(audit)
        .contains(used.account().username())
        .doesNotContain(passwordHash, Secrets.hash(used.token()));
  }

  @Test
  void theLogNeverShowsAPasswordTokenOrSessionId() {
    TestService.on(database); // started first: starting configures logging afresh
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger hubops = (Logger) LoggerFactory.getLogger("org.hubops");
    Level rootLevel = root.getLevel();
    Level hubopsLevel = hubops.getLevel();
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    root.addAppender(captured);
    root.setLevel(Level.INFO);
    hubops.setLevel(Level.DEBUG);
    Used used;
    try {
      used = useEverySecret();
    } finally {
      root.detachAppender(captured);
      root.setLevel(rootLevel);
      hubops.setLevel(hubopsLevel);
    }

    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : captured.list) {
      lines.add(event.getFormattedMessage());
      if (event.getThrowableProxy() != null) {
        lines.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      }
    }
    assertThat(lines).as("the capture works").anyMatch(l -> l.startsWith("Failed login"));
    assertThat(String.join("\n", lines)).doesNotContain(used.secrets());
  }

  private static String table(Jdbi jdbi, String table) {
    return jdbi.withHandle(
        h -> h.createQuery("select * from " + table).mapToMap().list().toString());
  }
}
