package org.hubops.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The "done when", as a new operator would try it: a coordinator added from the shell, a
 * token handed over, sessions logged for that hub only, and the audit trail telling who did what.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class OperatorStoryTest {

  @Parameter TestDatabase database;

  @Test
  void coordinatorAddedFromTheShellLogsSessionsForTheirHubOnly() {
    TestService service = TestService.on(database);
    Api admin = service.api();
    Hub zhovkva = Fixtures.createHub(admin);
    Hub elsewhere = Fixtures.createHub(admin);
    String username = "olena-" + zhovkva.code().toLowerCase();

    Commands.Result added =
        Commands.run(
            service.database(),
            null,
            "add-account",
            "--username",
            username,
            "--role",
            "COORDINATOR",
            "--hub",
            zhovkva.code(),
            "--display-name",
            "Олена Коваль");
    Commands.Result issued =
        Commands.run(
            service.database(),
            null,
            "issue-token",
            "--username",
            username,
            "--label",
            "reading room laptop");
    Api olena = service.anonymous().withToken(issued.lastLine());
    LocalDate yesterday = LocalDate.now(Kyiv.ZONE).minusDays(1);
    ApiResponse own = olena.post(sessions(zhovkva), Fixtures.session(yesterday, 6));
    ApiResponse other = olena.post(sessions(elsewhere), Fixtures.session(yesterday, 6));
    JsonNode hubs = olena.get("/api/v1/hubs").json();
    int newHub =
        olena
            .post("/api/v1/hubs", Fixtures.hub(Fixtures.newHubCode(), "UA-46", yesterday))
            .status();
    int accounts = olena.get("/api/v1/accounts").status();
    int audit = olena.get("/api/v1/audit").status();

    assertThat(added.succeeded()).as(added.err()).isTrue();
    assertThat(issued.succeeded()).as(issued.err()).isTrue();
    assertThat(own.status()).as(own.toString()).isEqualTo(201);
    assertThat(other.status()).isEqualTo(404);
    assertThat(hubs.path("items"))
        .extracting(h -> h.path("code").asText())
        .containsExactly(zhovkva.code());
    assertThat(newHub).isEqualTo(403);
    assertThat(accounts).isEqualTo(403);
    assertThat(audit).isEqualTo(403);
    assertThat(admin.get(sessions(elsewhere)).json().path("total").asInt()).isZero();

    Session session = own.as(Session.class);
    JsonNode sessionTrail =
        admin.get("/api/v1/audit?entity=SESSION&id=" + session.id()).json().path("items");
    JsonNode accountTrail =
        admin.get("/api/v1/audit?entity=ACCOUNT&id=" + username).json().path("items");
    assertThat(sessionTrail).hasSize(1);
    assertThat(sessionTrail.get(0).path("actor").asText()).isEqualTo(username);
    assertThat(sessionTrail.get(0).path("action").asText()).isEqualTo("CREATE");
    assertThat(accountTrail.get(0).path("actor").asText()).startsWith("shell:");
    assertThat(accountTrail.get(0).path("after").path("hubIds").get(0).asText())
        .isEqualTo(zhovkva.id().toString());
  }

  private static String sessions(Hub hub) {
    return "/api/v1/hubs/" + hub.id() + "/sessions";
  }
}
