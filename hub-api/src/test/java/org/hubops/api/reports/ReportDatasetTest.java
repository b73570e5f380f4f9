package org.hubops.api.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubops.api.reports.KnownQuarter.A;
import static org.hubops.api.reports.KnownQuarter.B;
import static org.hubops.api.reports.KnownQuarter.C;
import static org.hubops.api.reports.KnownQuarter.QUARTER;
import static org.hubops.api.reports.KnownQuarter.SILENT;
import static org.hubops.api.reports.KnownQuarter.SUSPENDED;
import static org.hubops.api.reports.KnownQuarter.TODAY;
import static org.hubops.model.AgeBand.AGE_18_29;
import static org.hubops.model.AgeBand.AGE_30_39;
import static org.hubops.model.AgeBand.AGE_40_49;
import static org.hubops.model.AgeBand.AGE_50_59;
import static org.hubops.model.AgeBand.AGE_60_69;
import static org.hubops.model.AgeBand.AGE_70_PLUS;
import static org.hubops.model.AgeBand.UNDER_18;
import static org.hubops.model.AgeBand.UNKNOWN;
import static org.hubops.model.Gender.FEMALE;
import static org.hubops.model.Gender.MALE;
import static org.hubops.model.Gender.UNDISCLOSED;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.report.DataIssue;
import org.hubops.model.report.Figures;
import org.hubops.model.report.Headcount;
import org.hubops.model.report.HubFigures;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.report.RegionFigures;
import org.hubops.model.report.SessionIssue;
import org.hubops.model.report.TopicFigures;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The quarterly dataset of {@link KnownQuarter}, figure by figure, as the database counts it on
 * both databases. The expected numbers are worked out by hand from the rows inserted there.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ReportDatasetTest {

  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

  @Parameter TestDatabase database;

  private Jdbi jdbi;

  @BeforeEach
  void loadKnownQuarter() {
    jdbi = KnownQuarter.in(database);
  }

  private QuarterlyDataset quarterly(String oblast) {
    return jdbi.inTransaction(h -> new Datasets(h).quarterly(QUARTER, oblast, NOW, TODAY));
  }

  /** Attendance rows of s1, s2, s2b, s4, s5 and the suspended hub's s7; not the deleted one. */
  private static final Headcount ATTENDANCES =
      Headcount.builder()
          .add(FEMALE, AGE_30_39, 2)
          .add(MALE, UNDER_18, 1)
          .add(MALE, AGE_70_PLUS, 1)
          .add(UNDISCLOSED, UNKNOWN, 2)
          .add(FEMALE, AGE_40_49, 1)
          .add(FEMALE, AGE_60_69, 2)
          .add(FEMALE, AGE_18_29, 1)
          .add(MALE, AGE_50_59, 1)
          .idp(3)
          .disability(2)
          .veteran(2)
          .build();

  /** P-1..P-4 by their register: sex, age in 2026, flags. */
  private static final Headcount PARTICIPANTS =
      Headcount.builder()
          .add(FEMALE, AGE_30_39, 1)
          .add(MALE, UNDER_18, 1)
          .add(FEMALE, AGE_70_PLUS, 1)
          .add(FEMALE, UNKNOWN, 1)
          .idp(1)
          .disability(1)
          .veteran(1)
          .build();

  @Test
  void nationalFiguresCountEverySessionOnceAndNothingDeleted() {
    QuarterlyDataset dataset = quarterly(null);

    assertThat(dataset.quarter()).isEqualTo(QUARTER);
    assertThat(dataset.generatedAt()).isEqualTo(NOW);
    assertThat(dataset.current().activeHubs()).isEqualTo(4);
    assertThat(dataset.current().reportingHubs()).isEqualTo(3);
    assertThat(dataset.current().figures())
        .isEqualTo(new Figures(7, 425, ATTENDANCES, PARTICIPANTS));
  }

  @Test
  void previousQuarterIsCountedTheSameWay() {
    Figures previous = quarterly(null).previous().figures();

    assertThat(quarterly(null).previous().reportingHubs()).isEqualTo(2);
    assertThat(previous.sessions()).isEqualTo(2);
    assertThat(previous.trainingMinutes()).isEqualTo(90);
    assertThat(previous.attendances())
        .isEqualTo(
            Headcount.builder().add(MALE, AGE_30_39, 1).add(FEMALE, AGE_30_39, 1).idp(1).build());
    assertThat(previous.uniqueParticipants())
        .isEqualTo(Headcount.builder().add(FEMALE, AGE_30_39, 1).idp(1).build());
  }

  @Test
  void monthsSplitTheQuarterWithUniquePeoplePerMonth() {
    List<Figures> months = quarterly(null).months().stream().map(m -> m.figures()).toList();

    assertThat(quarterly(null).months())
        .extracting(m -> m.month().toString())
        .containsExactly("2026-07", "2026-08", "2026-09");
    assertThat(months).extracting(Figures::sessions).containsExactly(2L, 3L, 2L);
    assertThat(months).extracting(Figures::trainingMinutes).containsExactly(150L, 170L, 105L);
    assertThat(months).extracting(f -> f.attendances().total()).containsExactly(4L, 3L, 4L);
    assertThat(months).extracting(f -> f.uniqueParticipants().total()).containsExactly(2L, 1L, 2L);
    assertThat(months).extracting(f -> f.attendances().count(FEMALE)).containsExactly(1L, 2L, 3L);
  }

  @Test
  void everyOblastIsListedWithItsHubsAndFigures() {
    Map<String, RegionFigures> regions =
        quarterly(null).regions().stream()
            .collect(Collectors.toMap(r -> r.oblast().code(), Function.identity()));

    assertThat(regions).hasSize(27);
    RegionFigures lviv = regions.get("UA-46");
    assertThat(lviv.activeHubs()).isEqualTo(2);
    assertThat(lviv.reportingHubs()).isEqualTo(2);
    assertThat(lviv.figures().sessions()).isEqualTo(5);
    assertThat(lviv.figures().trainingMinutes()).isEqualTo(320);
    assertThat(lviv.figures().attendances().total()).isEqualTo(7);
    assertThat(lviv.figures().uniqueParticipants().total()).isEqualTo(2);
    RegionFigures kyiv = regions.get("UA-32");
    assertThat(kyiv.activeHubs()).isEqualTo(2);
    assertThat(kyiv.reportingHubs()).isEqualTo(1);
    assertThat(kyiv.figures().sessions()).isEqualTo(2);
    assertThat(kyiv.figures().trainingMinutes()).isEqualTo(105);
    assertThat(kyiv.figures().attendances())
        .isEqualTo(
            Headcount.builder()
                .add(FEMALE, AGE_60_69, 2)
                .add(UNDISCLOSED, UNKNOWN, 1)
                .add(FEMALE, AGE_18_29, 1)
                .idp(1)
                .veteran(1)
                .build());
    assertThat(regions.get("UA-05").figures()).isEqualTo(Figures.NONE);
    Figures sum =
        regions.values().stream().map(RegionFigures::figures).reduce(Figures.NONE, Figures::plus);
    assertThat(sum).isEqualTo(quarterly(null).current().figures());
  }

  @Test
  void everyActiveHubIsListedAlsoSilentAndAnyOtherThatLogged() {
    List<HubFigures> hubs = quarterly(null).hubs();

    assertThat(hubs).extracting(h -> h.hub().code()).containsExactly(C, SILENT, A, B, SUSPENDED);
    Map<String, Figures> byCode =
        hubs.stream().collect(Collectors.toMap(h -> h.hub().code(), HubFigures::figures));
    assertThat(byCode.get(A).sessions()).isEqualTo(3);
    assertThat(byCode.get(A).trainingMinutes()).isEqualTo(140);
    assertThat(byCode.get(A).attendances().total()).isEqualTo(6);
    assertThat(byCode.get(A).uniqueParticipants().total()).isEqualTo(2);
    assertThat(byCode.get(B)).isEqualTo(new Figures(1, 120, Headcount.NONE, Headcount.NONE));
    assertThat(byCode.get(C).uniqueParticipants().count(FEMALE, AGE_70_PLUS)).isEqualTo(1);
    assertThat(byCode.get(SILENT)).isEqualTo(Figures.NONE);
    assertThat(byCode.get(SUSPENDED).attendances().count(MALE, AGE_50_59)).isEqualTo(1);
    assertThat(hubs.get(2).hub().settlementType().urban()).isTrue();
    Figures sum = byCode.values().stream().reduce(Figures.NONE, Figures::plus);
    assertThat(sum).isEqualTo(quarterly(null).current().figures());
  }

  @Test
  void topicsCountASessionUnderEachOfItsTopics() {
    Map<String, Figures> topics =
        quarterly(null).topics().stream()
            .collect(Collectors.toMap(t -> t.topic().code(), TopicFigures::figures));

    assertThat(quarterly(null).topics())
        .extracting(t -> t.topic().code())
        .containsExactly("1.1", "2.1", "E.1");
    assertThat(topics.get("E.1").sessions()).isEqualTo(4);
    assertThat(topics.get("E.1").trainingMinutes()).isEqualTo(225);
    assertThat(topics.get("E.1").attendances().total()).isEqualTo(9);
    assertThat(topics.get("E.1").uniqueParticipants().total()).isEqualTo(4);
    assertThat(topics.get("1.1").sessions()).isEqualTo(2);
    assertThat(topics.get("1.1").attendances().total()).isEqualTo(4);
    assertThat(topics.get("1.1").uniqueParticipants().total()).isEqualTo(3);
    assertThat(topics.get("2.1").trainingMinutes()).isEqualTo(140);
    assertThat(topics.get("2.1").uniqueParticipants().total()).isZero();
  }

  @Test
  void sessionsWithoutAttendeesAndLateEntriesAreListedToTheMinute() {
    List<SessionIssue> issues = quarterly(null).sessionIssues();

    assertThat(issues)
        .extracting(SessionIssue::issue, i -> i.hub().code(), i -> i.date().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                DataIssue.SESSION_WITHOUT_ATTENDEES, B, "2026-08-15"),
            org.assertj.core.groups.Tuple.tuple(DataIssue.LATE_ENTRY, A, "2026-08-10"));
  }

  @Test
  void equipmentIsCountedByHubCategoryAndStatusAndBrokenItemsListed() {
    var equipment = quarterly(null).equipment();

    // The quarter has ended: its statuses are those of its last day.
    assertThat(equipment.asOf()).isEqualTo(QUARTER.lastDay());
    assertThat(equipment.counts())
        .extracting(c -> c.hub().code() + " " + c.category() + " " + c.status() + " " + c.count())
        .containsExactlyInAnyOrder(
            "LV-0001 LAPTOP IN_SERVICE 2",
            "LV-0001 LAPTOP BROKEN 1",
            "LV-0001 ROUTER UNDER_REPAIR 1",
            "KV-0003 TABLET IN_SERVICE 1",
            "KV-0003 PROJECTOR WRITTEN_OFF 1");
    assertThat(equipment.needingAttention())
        .extracting(i -> i.inventoryNumber())
        .containsExactly("INV-003", "INV-004");
  }

  @Test
  void oneOblastLimitsEverything() {
    QuarterlyDataset lviv = quarterly("UA-46");

    assertThat(lviv.oblastCode()).isEqualTo("UA-46");
    assertThat(lviv.current().activeHubs()).isEqualTo(2);
    assertThat(lviv.current().figures().sessions()).isEqualTo(5);
    assertThat(lviv.regions()).extracting(r -> r.oblast().code()).containsExactly("UA-46");
    assertThat(lviv.hubs()).extracting(h -> h.hub().code()).containsExactly(A, B, SUSPENDED);
    assertThat(lviv.previous().figures().sessions()).isEqualTo(1);
    assertThat(lviv.equipment().counts()).hasSize(3);
    assertThat(lviv.sessionIssues()).hasSize(2);
    assertThat(quarterly("UA-32").equipment().needingAttention()).isEmpty();
  }
}
