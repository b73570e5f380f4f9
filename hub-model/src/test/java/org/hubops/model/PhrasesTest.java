package org.hubops.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Counts read as the language says them, and nothing is shown in the wrong language. */
class PhrasesTest {

  private final Phrases uk = Phrases.of("phrases.sample", Language.UK);
  private final Phrases en = Phrases.of("phrases.sample", Language.EN);

  @Test
  void aCountTakesTheFormItsNumberNeeds() {
    assertThat(uk.get("sessions", 1)).isEqualTo("1 заняття");
    assertThat(uk.get("sessions", 3)).isEqualTo("3 заняття");
    assertThat(uk.get("sessions", 5)).isEqualTo("5 занять");
    assertThat(uk.get("sessions", 21)).isEqualTo("21 заняття");
    assertThat(uk.get("sessions", 43)).isEqualTo("43 заняття");
    assertThat(uk.get("sessions", 1235)).matches("1\\h235 занять");
    assertThat(en.get("sessions", 1)).isEqualTo("1 session");
    assertThat(en.get("sessions", 2)).isEqualTo("2 sessions");
  }

  @Test
  void aFractionTakesTheFormOfAFractionAndAWholeNumberItsOwn() {
    assertThat(uk.get("hours", 1.5)).isEqualTo("1,5 години");
    assertThat(uk.get("hours", 52.0)).isEqualTo("52 години");
    assertThat(uk.get("hours", 55.0)).isEqualTo("55 годин");
    assertThat(uk.get("hours", 21.0)).isEqualTo("21 година");
    assertThat(en.get("hours", 1.0)).isEqualTo("1 hour");
    assertThat(en.get("hours", 0.5)).isEqualTo("0.5 hours");
  }

  @Test
  void aYearIsNotDigitGroupedAndADateStaysIso() {
    assertThat(uk.get("born", 1900)).isEqualTo("Рік народження 1900");
    assertThat(en.get("born", 2026)).isEqualTo("Born in 2026");
    assertThat(uk.get("day", LocalDate.of(2026, 12, 31))).isEqualTo("День 2026-12-31");
  }

  @Test
  void aTextMissingInALanguageShowsItsKeyRatherThanAnotherLanguage() {
    assertThat(uk.get("ukOnly")).isEqualTo("лише українською");
    assertThat(en.get("ukOnly")).isEqualTo("ukOnly");
    assertThat(en.get("no.such.text", 3)).isEqualTo("no.such.text");
  }
}
