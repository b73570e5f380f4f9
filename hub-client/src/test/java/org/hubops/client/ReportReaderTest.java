package org.hubops.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.SettlementType;
import org.hubops.model.report.HubRef;
import org.hubops.model.report.SessionLine;
import org.hubops.model.rest.Oblast;
import org.junit.jupiter.api.Test;

/**
 * A report stream read as the service writes it: the lines one at a time and the dataset wherever
 * it comes; a stream cut short is an error, never a short report.
 */
class ReportReaderTest {

  private static final Oblast RIVNE = new Oblast("UA-56", "Рівненська", "Rivne");

  private static String line(int day) throws IOException {
    return HubClient.JSON.writeValueAsString(
        new SessionLine(
            LocalDate.of(2026, 3, day),
            new HubRef("RV-0001", "Бібліотека", "UA-56", SettlementType.VILLAGE),
            SessionKind.GROUP_CLASS,
            SessionFormat.IN_PERSON,
            List.of("E.1"),
            90,
            null,
            Instant.parse("2026-03-0" + day + "T10:00:00Z")));
  }

  private static String oblasts() throws IOException {
    return HubClient.JSON.writeValueAsString(List.of(RIVNE));
  }

  private static ReportReader<Oblast> reader(String json) throws IOException {
    return new ReportReader<>(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        HubClient.JSON,
        Oblast.class);
  }

  private static List<SessionLine> all(Iterator<SessionLine> lines) {
    List<SessionLine> read = new ArrayList<>();
    lines.forEachRemaining(read::add);
    return read;
  }

  @Test
  void theDatasetAfterTheLinesIsThereOnceTheLinesAreRead() throws IOException {
    String json =
        "{\"oblasts\":%s,\"sessions\":[%s,%s],\"dataset\":%s}"
            .formatted(oblasts(), line(1), line(2), HubClient.JSON.writeValueAsString(RIVNE));

    try (ReportReader<Oblast> report = reader(json)) {
      assertThat(report.oblasts()).containsExactly(RIVNE);
      assertThatThrownBy(report::dataset).isInstanceOf(IllegalStateException.class);
      assertThat(all(report.sessions()))
          .extracting(SessionLine::date)
          .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2));
      assertThat(report.dataset()).isEqualTo(RIVNE);
    }
  }

  @Test
  void theDatasetBeforeTheLinesIsThereAtOnce() throws IOException {
    String json =
        "{\"dataset\":%s,\"sessions\":[%s]}"
            .formatted(HubClient.JSON.writeValueAsString(RIVNE), line(3));

    try (ReportReader<Oblast> report = reader(json)) {
      assertThat(report.dataset()).isEqualTo(RIVNE);
      assertThat(all(report.sessions())).hasSize(1);
    }
  }

  @Test
  void aStreamCutShortIsAnErrorNotAShortReport() throws IOException {
    String whole =
        "{\"sessions\":[%s,%s],\"dataset\":%s}"
            .formatted(line(1), line(2), HubClient.JSON.writeValueAsString(RIVNE));
    String cutInTheLines = whole.substring(0, whole.indexOf("},{") + 2);
    String withoutDataset = "{\"sessions\":[%s]}".formatted(line(1));

    try (ReportReader<Oblast> report = reader(cutInTheLines)) {
      assertThatThrownBy(() -> all(report.sessions())).isInstanceOf(UncheckedIOException.class);
    }
    try (ReportReader<Oblast> report = reader(withoutDataset)) {
      assertThatThrownBy(() -> all(report.sessions()))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("no dataset");
    }
  }
}
