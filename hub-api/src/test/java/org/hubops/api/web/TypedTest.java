package org.hubops.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** Times and dates as people type them. */
class TypedTest {

  @Test
  void aTimeMayBeTypedInTheUsualWays() {
    for (String typed : new String[] {"10:30", "10.30", "1030", "10 30", " 10:30 ", "10-30"}) {
      assertThat(Typed.time(typed)).as(typed).isEqualTo(LocalTime.of(10, 30));
    }
    assertThat(Typed.time("930")).isEqualTo(LocalTime.of(9, 30));
    assertThat(Typed.time("9:05")).isEqualTo(LocalTime.of(9, 5));
  }

  @Test
  void whatIsNoTimeOfDayIsRefused() {
    for (String typed : new String[] {"25:00", "10:60", "abc", "10", "10:3", "1:2:3"}) {
      assertThatThrownBy(() -> Typed.time(typed))
          .as(typed)
          .isInstanceOf(DateTimeParseException.class);
    }
  }

  @Test
  void aDateIsIsoOrWrittenWithDots() {
    assertThat(Typed.date("2026-11-28")).isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(Typed.date("28.11.2026")).isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(Typed.date("1.2.2026")).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThatThrownBy(() -> Typed.date("31.02.2026")).isInstanceOf(DateTimeParseException.class);
  }
}
