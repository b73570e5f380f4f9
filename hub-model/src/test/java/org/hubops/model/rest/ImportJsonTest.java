package org.hubops.model.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.hubops.model.rest.Problem.FieldError;
import org.junit.jupiter.api.Test;

/** The JSON a client (the CLI, the web page) reads from an import, strict about unknown fields. */
class ImportJsonTest {

  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Test
  void fieldErrorOfAJsonRequestKeepsItsTwoFields() throws Exception {
    assertThat(json.writeValueAsString(new FieldError("attendees[3].ageBand", "Required")))
        .isEqualTo("{\"field\":\"attendees[3].ageBand\",\"message\":\"Required\"}");
  }

  @Test
  void problemNamingACellIsReadBackWhole() throws Exception {
    Problem problem =
        new Problem(
            "about:blank",
            "Invalid input",
            422,
            "1 problem",
            List.of(new FieldError("Sessions!C5", "Not a time", "Sessions", 5, "C", "Start")),
            null);

    Problem read = json.readValue(json.writeValueAsString(problem), Problem.class);

    assertThat(read).isEqualTo(problem);
  }

  @Test
  void importResultCarriesOnlyTheListOfWhatWasImported() throws Exception {
    ImportResult result =
        ImportResult.ofHubs(
            true,
            List.of(
                new ImportResult.Entry(
                    "LV-0042", UUID.randomUUID(), ImportResult.Status.CREATED, 2)));

    String text = json.writeValueAsString(result);

    assertThat(text).contains("\"hubs\"").doesNotContain("\"sessions\"");
    assertThat(json.readValue(text, ImportResult.class)).isEqualTo(result);
    assertThat(result.created()).isEqualTo(1);
  }

  @Test
  void anUpdateCarriesWhatItChangesAndOtherEntriesNoList() throws Exception {
    ImportResult result =
        ImportResult.ofSessions(
            false,
            List.of(
                new ImportResult.Entry(
                    "1",
                    UUID.randomUUID(),
                    ImportResult.Status.UPDATED,
                    2,
                    List.of(new ImportResult.Change("title", "Дія", "Дія: е-послуги"))),
                new ImportResult.Entry("2", UUID.randomUUID(), ImportResult.Status.UNCHANGED, 3)));

    String text = json.writeValueAsString(result);

    assertThat(text).containsOnlyOnce("\"changes\"");
    assertThat(json.readValue(text, ImportResult.class)).isEqualTo(result);
  }
}
