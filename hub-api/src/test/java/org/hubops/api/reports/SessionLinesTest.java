package org.hubops.api.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubops.api.reports.KnownQuarter.A;
import static org.hubops.api.reports.KnownQuarter.B;
import static org.hubops.api.reports.KnownQuarter.C;
import static org.hubops.api.reports.KnownQuarter.QUARTER;
import static org.hubops.api.reports.KnownQuarter.SUSPENDED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.SettlementType;
import org.hubops.model.report.DataIssue;
import org.hubops.model.report.Figures;
import org.hubops.model.report.Headcount;
import org.hubops.model.report.HubDataset;
import org.hubops.model.report.HubRef;
import org.hubops.model.report.SessionIssue;
import org.hubops.model.report.SessionLine;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The session detail streamed from a cursor, and one hub's dataset, on both databases. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class SessionLinesTest {

  @Parameter TestDatabase database;

  private Jdbi jdbi;

  @BeforeEach
  void loadKnownQuarter() {
    jdbi = KnownQuarter.in(database);
  }

  private List<SessionLine> lines(ReportScope scope) {
    return jdbi.inTransaction(
        handle -> {
          List<SessionLine> read = new ArrayList<>();
          try (ResultIterator<SessionLine> lines = SessionLines.stream(handle, scope)) {
            lines.forEachRemaining(read::add);
          }
          return read;
        });
  }

  @Test
  void oneLinePerSessionInDateOrderWithItsPeopleCounted() {
    List<SessionLine> lines = lines(ReportScope.of(QUARTER.firstDay(), QUARTER.lastDay(), null));

    assertThat(lines)
        .extracting(l -> l.date() + " " + l.hub().code())
        .containsExactly(
            "2026-07-03 " + A,
            "2026-07-20 " + SUSPENDED,
            "2026-08-10 " + A,
            "2026-08-11 " + A,
            "2026-08-15 " + B,
            "2026-09-01 " + C,
            "2026-09-30 " + C);
    SessionLine first = lines.get(0);
    assertThat(first.topics()).containsExactly("1.1", "E.1");
    assertThat(first.durationMinutes()).isEqualTo(90);
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-07-03T15:00:00Z"));
    assertThat(first.hub())
        .isEqualTo(new HubRef(A, "Бібліотека " + A, "UA-46", SettlementType.CITY));
    assertThat(first.attendees())
        .isEqualTo(
            Headcount.builder()
                .add(Gender.FEMALE, AgeBand.AGE_30_39, 1)
                .add(Gender.MALE, AgeBand.UNDER_18, 1)
                .add(Gender.MALE, AgeBand.AGE_70_PLUS, 1)
                .idp(1)
                .disability(1)
                .veteran(1)
                .build());
    assertThat(lines.get(4).attendees()).isEqualTo(Headcount.NONE);
    assertThat(lines).filteredOn(SessionLine::recordedLate).hasSize(1);
  }

  @Test
  void linesAddUpToTheDatasetFigures() {
    var dataset =
        jdbi.inTransaction(
            h -> new Datasets(h).quarterly(QUARTER, null, Instant.now(), KnownQuarter.TODAY));
    List<SessionLine> lines = lines(ReportScope.of(QUARTER.firstDay(), QUARTER.lastDay(), null));

    Headcount people =
        lines.stream().map(SessionLine::attendees).reduce(Headcount.NONE, Headcount::plus);
    assertThat(people).isEqualTo(dataset.current().figures().attendances());
    assertThat(lines.stream().mapToLong(SessionLine::durationMinutes).sum())
        .isEqualTo(dataset.current().figures().trainingMinutes());
  }

  @Test
  void hubDatasetCoversOneHubAndAllItsEquipment() {
    HubRef hub = new HubRef(A, "Бібліотека " + A, "UA-46", SettlementType.CITY);
    ReportScope scope = ReportScope.ofHub(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), A);

    UUID id =
        jdbi.withHandle(
            h ->
                h.createQuery("select id from hub where code = :code")
                    .bind("code", A)
                    .mapTo(UUID.class)
                    .one());

    HubDataset dataset =
        jdbi.inTransaction(
            h -> new Datasets(h).hub(hub, id, scope, Instant.now(), KnownQuarter.TODAY));

    assertThat(dataset.oblast().code()).isEqualTo("UA-46");
    Figures figures = dataset.figures();
    assertThat(figures.sessions()).isEqualTo(3);
    assertThat(figures.trainingMinutes()).isEqualTo(140);
    assertThat(figures.attendances().total()).isEqualTo(6);
    assertThat(figures.uniqueParticipants().total()).isEqualTo(2);
    assertThat(dataset.months())
        .extracting(m -> m.figures().sessions())
        .containsExactly(1L, 2L, 0L);
    assertThat(dataset.topics())
        .extracting(t -> t.topic().code())
        .containsExactly("1.1", "2.1", "E.1");
    assertThat(dataset.equipment())
        .extracting(i -> i.inventoryNumber())
        .containsExactly("INV-001", "INV-002", "INV-003", "INV-004");
    assertThat(dataset.sessionIssues())
        .extracting(SessionIssue::issue)
        .containsExactly(DataIssue.LATE_ENTRY);
    assertThat(lines(scope)).hasSize(3);
  }
}
