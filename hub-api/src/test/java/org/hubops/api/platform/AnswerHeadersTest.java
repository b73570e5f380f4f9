package org.hubops.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.RawHttp;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Role;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the service says about where a thing is and how long a copy may be kept, whatever the
 * request claims: a {@code Host} header never reaches a {@code Location}, answers with personal
 * data are never stored by a cache, and a malformed {@code Accept} is a problem a client can read.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class AnswerHeadersTest {

  private static final String FORGED_HOST = "evil.example:666";

  /** test-config.yml sets none, so the default holds. */
  private static final String PUBLIC_URL = "http://localhost:8080";

  @Parameter TestDatabase database;

  private TestService service() {
    return TestService.on(database);
  }

  private RawHttp raw() {
    String base = service().api().base();
    return new RawHttp(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)));
  }

  @Test
  void aNewRecordsLocationIsUnderThePublicUrlWhateverTheHostHeaderSays() throws Exception {
    byte[] hub =
        Api.JSON.writeValueAsBytes(
            Fixtures.hub(Fixtures.newHubCode(), "UA-46", LocalDate.of(2024, 1, 1)));

    RawHttp.Response created =
        raw()
            .send(
                "POST",
                "/api/v1/hubs",
                Map.of(
                    "Host",
                    FORGED_HOST,
                    "Authorization",
                    "Bearer " + service().adminToken(),
                    "Content-Type",
                    "application/json"),
                hub);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = Api.JSON.readTree(created.body()).path("id").asText();
    assertThat(created.headers().get("location")).isEqualTo(PUBLIC_URL + "/api/v1/hubs/" + id);
  }

  @Test
  void redirectsStayRelativeWhateverTheHostHeaderSays() {
    RawHttp.Response switched =
        raw().send("GET", "/lang/en?back=%2Fhubs", Map.of("Host", FORGED_HOST), null);
    RawHttp.Response toLogin = raw().send("GET", "/hubs", Map.of("Host", FORGED_HOST), null);

    assertThat(switched.status()).isEqualTo(303);
    assertThat(switched.headers().get("location")).isEqualTo("/hubs");
    assertThat(toLogin.status()).isEqualTo(303);
    assertThat(toLogin.headers().get("location")).isEqualTo("/login?next=%2Fhubs");
  }

  @Test
  void answersWithPersonalDataAreNeverKeptByACache() {
    Api admin = service().api();
    Hub hub = Fixtures.createHub(admin);
    Api coordinator = service().as(Role.COORDINATOR, hub);
    String person =
        Fixtures.createParticipant(admin, hub, Fixtures.participant("NS-1")).id().toString();
    String participants = "/api/v1/hubs/" + hub.id() + "/participants";

    for (ApiResponse answer :
        new ApiResponse[] {
          coordinator.get("/api/v1/me"),
          coordinator.get(participants),
          coordinator.get(participants + "/" + person),
          admin.get("/api/v1/accounts"),
          admin.get("/api/v1/audit?entity=PARTICIPANT&id=" + person),
          coordinator.get(participants + "/" + UUID.randomUUID()),
        }) {
      assertThat(answer.header("Cache-Control")).as(answer.toString()).hasValue("no-store");
    }
    assertThat(coordinator.get("/api/v1/oblasts").header("Cache-Control"))
        .hasValueSatisfying(c -> assertThat(c).contains("private", "max-age=3600"));
  }

  @Test
  void aMalformedAcceptIsABadRequestProblemNamingTheHeader() {
    ApiResponse refused = service().api().with("Accept", "text/html;;q=x/").get("/api/v1/me");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.errorFields()).containsExactly("Accept");
  }
}
