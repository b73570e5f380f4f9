package org.hubops.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubops.api.imports.SessionImportApiTest.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An import cannot slip sessions into a locked quarter: its rows are refused by the cell of their
 * date, and nothing of the file is stored, while the same journal dated after the quarter imports.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class LockedQuarterImportTest {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Parameter TestDatabase database;

  @Test
  void rowsDatedInALockedQuarterAreRefusedByTheirDateCell() {
    // A service of its own: locking a quarter in the shared one would refuse other tests' writes.
    TestService service = TestService.start(database);
    try {
      Api api = service.api();
      Quarter ended = Quarter.containing(LocalDate.now(Kyiv.ZONE)).previous();
      ObjectNode draft =
          Api.JSON.valueToTree(
              Fixtures.hub(Fixtures.newHubCode(), "UA-46", ended.firstDay().minusYears(1)));
      Hub hub = api.post("/api/v1/hubs", draft).as(Hub.class);
      assertThat(api.put("/api/v1/quarters/" + ended + "/lock", "{}").status()).isEqualTo(200);

      ApiResponse refused =
          upload(api, hub, ended.lastDay(), LocalDate.now(Kyiv.ZONE).minusDays(1));

      assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
      assertThat(refused.errorFields()).containsExactly("sessions.csv!B2");
      assertThat(refused.body()).contains(ended.toString());
      assertThat(api.get("/api/v1/hubs/" + hub.id() + "/sessions").json().path("total").asInt())
          .isZero();
      LocalDate recent = LocalDate.now(Kyiv.ZONE).minusDays(1);
      assertThat(upload(api, hub, recent, recent).status()).isEqualTo(200);
    } finally {
      service.stop();
    }
  }

  private static ApiResponse upload(Api api, Hub hub, LocalDate first, LocalDate second) {
    String sessions =
        "Ref,Date,Start,Minutes,Kind,Format,Title,Topics\n"
            + "1,"
            + first.format(DAY)
            + ",10:00,60,EVENT,IN_PERSON,Безпечні паролі,E.4\n"
            + "2,"
            + second.format(DAY)
            + ",10:00,60,EVENT,IN_PERSON,Смартфон,E.3\n";
    String attendees = "Ref,Gender,Age band\n1,FEMALE,AGE_60_69\n2,MALE,AGE_70_PLUS\n";
    return new Multipart()
        .file("sessions", "sessions.csv", "text/csv", sessions.getBytes(StandardCharsets.UTF_8))
        .file("attendees", "attendees.csv", "text/csv", attendees.getBytes(StandardCharsets.UTF_8))
        .post(api, imports(hub));
  }
}
