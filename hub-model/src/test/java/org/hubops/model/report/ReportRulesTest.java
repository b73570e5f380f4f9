package org.hubops.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportRulesTest {

  private final LocalDate sessionDate = LocalDate.of(2026, 7, 1);

  @Test
  void recordedOnTheLastAllowedDayIsNotLate() {
    Instant lastAllowedEvening = Instant.parse("2026-07-08T20:59:00Z"); // 23:59 in Kyiv

    assertThat(ReportRules.daysToRecord(sessionDate, lastAllowedEvening))
        .isEqualTo(ReportRules.LATE_ENTRY_DAYS);
    assertThat(ReportRules.isLateEntry(sessionDate, lastAllowedEvening)).isFalse();
  }

  @Test
  void lateIsJudgedByTheKyivDateNotTheUtcDate() {
    Instant justAfterKyivMidnight = Instant.parse("2026-07-08T21:30:00Z"); // 00:30 on the 9th

    assertThat(ReportRules.isLateEntry(sessionDate, justAfterKyivMidnight)).isTrue();
  }

  @Test
  void sessionLineKnowsWhetherItWasRecordedLate() {
    HubRef hub = new HubRef("LV-0001", "Hub", "UA-46", org.hubops.model.SettlementType.CITY);
    SessionLine onTime =
        new SessionLine(
            sessionDate, hub, null, null, null, 60, null, Instant.parse("2026-07-02T10:00:00Z"));
    SessionLine late =
        new SessionLine(
            sessionDate, hub, null, null, null, 60, null, Instant.parse("2026-07-20T10:00:00Z"));

    assertThat(onTime.recordedLate()).isFalse();
    assertThat(late.recordedLate()).isTrue();
  }
}
