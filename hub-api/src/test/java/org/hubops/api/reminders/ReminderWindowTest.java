package org.hubops.api.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.hubops.model.Quarter;
import org.junit.jupiter.api.Test;

/** When reminders are due, and where their links lead. */
class ReminderWindowTest {

  private final Reminders reminders =
      new Reminders(
          null,
          Clock.systemUTC(),
          null,
          quarter -> quarter.lastDay().plusDays(10),
          new RemindersConfiguration(),
          URI.create("https://hubops.example.org/"),
          null);

  @Test
  void remindersAreDueFromThreeDaysBeforeTheDeadlineUntilTheDeadline() {
    Quarter q3 = Quarter.of(2026, 3);
    assertThat(reminders.dueOn(LocalDate.of(2026, 10, 6))).isEmpty();
    assertThat(reminders.dueOn(LocalDate.of(2026, 10, 7))).contains(q3);
    assertThat(reminders.dueOn(LocalDate.of(2026, 10, 10))).contains(q3);
    assertThat(reminders.dueOn(LocalDate.of(2026, 10, 11))).isEmpty();
    assertThat(reminders.dueOn(LocalDate.of(2026, 12, 2))).isEmpty();
  }

  @Test
  void theLinkLeadsToTheHubsSubmitPageOfTheQuarter() {
    assertThat(reminders.submitUrl("LV-0042", Quarter.of(2026, 3)))
        .isEqualTo("https://hubops.example.org/hubs/LV-0042/submit/2026-Q3");
  }

  @Test
  void withoutAnSmtpHostNothingIsSent() {
    assertThat(reminders.enabled()).isFalse();
    assertThat(reminders.runDaily()).isNull();
  }
}
