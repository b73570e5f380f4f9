package org.hubops.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A regional officer reads and reviews their oblasts' hubs as association staff do, and nothing
 * beyond: lists, counts and reports hold their oblasts only, another oblast's hub is a 404 and
 * another oblast asked for a 403; no locks, no participants' names. The access matrix tries each
 * door once; this shows what the answers hold.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class RegionalOfficerTest {

  /** Theirs: Volyn and Zakarpattia. Not theirs: Lviv. */
  private static final Set<String> THEIRS = Set.of("UA-07", "UA-21");

  private static final String QUARTER = "2019-Q3";
  private static final String PERIOD = "year=2019&quarter=3";

  @Parameter TestDatabase database;

  private TestService service;
  private Api admin;
  private Hub volyn;
  private Hub lviv;
  private Api regional;

  @BeforeEach
  void cast() {
    service = TestService.on(database);
    admin = service.api();
    volyn = hub("UA-07");
    lviv = hub("UA-46");
    regional = service.asRegional("UA-07", "UA-21");
  }

  @Test
  void theirHubListHoldsTheirOblastsOnly() {
    JsonNode page = regional.get("/api/v1/hubs?size=500").json();
    List<String> oblasts = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    page.path("items").forEach(h -> oblasts.add(h.path("oblast").asText()));
    page.path("items").forEach(h -> codes.add(h.path("code").asText()));
    assertThat(oblasts).isNotEmpty().allMatch(THEIRS::contains);
    assertThat(codes).doesNotContain(lviv.code());
    assertThat(
            regional
                .get("/api/v1/hubs?oblast=UA-07&q=" + volyn.code())
                .json()
                .path("total")
                .asInt())
        .isEqualTo(1);
    assertThat(regional.get("/api/v1/hubs/" + lviv.id()).status()).isEqualTo(404);
    assertThat(regional.get("/api/v1/hubs/" + volyn.code()).status()).isEqualTo(200);
  }

  @Test
  void theyReviewTheirOblastsSubmissionsButLockNothing() {
    submitNil(volyn);
    submitNil(lviv);
    String volynSubmission = "/api/v1/hubs/" + volyn.id() + "/submissions/" + QUARTER;

    ApiResponse returned =
        regional.post(volynSubmission + "/return", Map.of("comment", "Уточніть причину"));
    assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
    assertThat(returned.json().path("state").asText()).isEqualTo("RETURNED");
    submitNil(volyn);
    ApiResponse approved = regional.post(volynSubmission + "/approve", Map.of());
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.json().path("state").asText()).isEqualTo("APPROVED");
    assertThat(approved.json().path("reviewedBy").asText()).isNotBlank();

    String lvivSubmission = "/api/v1/hubs/" + lviv.id() + "/submissions/" + QUARTER;
    assertThat(regional.post(lvivSubmission + "/approve", Map.of()).status()).isEqualTo(404);
    assertThat(regional.post(volynSubmission + "/reopen", Map.of("comment", "x")).status())
        .isEqualTo(403);
    assertThat(regional.put("/api/v1/quarters/" + QUARTER + "/lock", Map.of()).status())
        .isEqualTo(403);

    JsonNode queue = regional.get("/api/v1/submissions?" + PERIOD).json();
    List<String> hubs = new ArrayList<>();
    queue.forEach(s -> hubs.add(s.path("hubCode").asText()));
    assertThat(hubs).contains(volyn.code()).doesNotContain(lviv.code());
    queue.forEach(s -> assertThat(THEIRS).contains(s.path("oblast").asText()));
  }

  @Test
  void completenessWithoutAnOblastCountsTheirOblastsOnly() {
    JsonNode theirs = regional.get("/api/v1/reports/completeness?" + PERIOD).json();
    int expected = 0;
    for (String oblast : THEIRS) {
      expected +=
          admin
              .get("/api/v1/reports/completeness?" + PERIOD + "&oblast=" + oblast)
              .json()
              .path("expected")
              .asInt();
    }
    assertThat(theirs.path("expected").asInt()).isEqualTo(expected).isPositive();
    theirs.path("oblasts").forEach(o -> assertThat(THEIRS).contains(o.path("oblast").asText()));
    theirs.path("missingHubs").forEach(h -> assertThat(THEIRS).contains(h.path("oblast").asText()));
    ApiResponse lvivAsked =
        regional.get("/api/v1/reports/completeness?" + PERIOD + "&oblast=UA-46");
    assertThat(lvivAsked.status()).isEqualTo(403);
    assertThat(lvivAsked.body()).contains("UA-46");
  }

  @Test
  void aReportIsOfOneOfTheirOblastsAndTheOnlyOneByDefault() {
    ApiResponse twoOblasts = regional.get("/api/v1/reports/quarterly?" + PERIOD);
    assertThat(twoOblasts.status()).isEqualTo(422);
    assertThat(twoOblasts.errorFields()).containsExactly("oblast");
    assertThat(regional.get("/api/v1/reports/quarterly?" + PERIOD + "&oblast=UA-21").status())
        .isEqualTo(200);
    assertThat(regional.get("/api/v1/reports/quarterly?" + PERIOD + "&oblast=UA-46").status())
        .isEqualTo(403);

    Api volynOnly = service.asRegional("UA-07");
    JsonNode byDefault = volynOnly.get("/api/v1/reports/quarterly?" + PERIOD).json();
    assertThat(byDefault.path("oblastCode").asText()).isEqualTo("UA-07");
    assertThat(volynOnly.get("/api/v1/reports/equipment").json().path("oblastCode").asText())
        .isEqualTo("UA-07");
  }

  @Test
  void participantsNamesAndPhonesStayHidden() {
    ApiResponse made =
        admin.post(
            "/api/v1/hubs/" + volyn.id() + "/participants",
            Fixtures.participant("P-" + Fixtures.newHubCode()));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    String id = made.json().path("id").asText();

    ApiResponse read = regional.get("/api/v1/hubs/" + volyn.id() + "/participants/" + id);

    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body()).doesNotContain("Шевчук").doesNotContain("123-45-67");
  }

  private Hub hub(String oblast) {
    return Fixtures.created(
        admin.post(
            "/api/v1/hubs", Fixtures.hub(Fixtures.newHubCode(), oblast, LocalDate.of(2018, 1, 15))),
        Hub.class);
  }

  private void submitNil(Hub hub) {
    ApiResponse submitted =
        admin.put(
            "/api/v1/hubs/" + hub.id() + "/submissions/" + QUARTER,
            Map.of("nil", true, "reason", "STAFF_ABSENT"));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
  }
}
