package org.hubops.api.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.WebText;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.Language;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Session;
import org.hubops.model.rest.UnlinkedMarks;
import org.junit.jupiter.api.Test;

/** Counts typed into the grid become one attendee per person, and back; its marks are nobody's. */
class AttendeeGridTest {

  private final WebText text = WebText.in(Language.UK);

  @Test
  void countsBecomeOnePersonEachAndTheMarksBelongToNoneOfThem() {
    FormData form =
        FormData.empty()
            .put(AttendeeGrid.cell(Gender.FEMALE, AgeBand.AGE_60_69), "5")
            .put(AttendeeGrid.cell(Gender.MALE, AgeBand.AGE_70_PLUS), " 2 ")
            .put("idp", "3")
            .put("veteran", "1");
    FormErrors errors = FormErrors.of(List.of(), SessionForm.labels(text));

    AttendeeGrid grid = AttendeeGrid.read(form, text, errors);
    List<Attendee> people = grid.expand();

    assertThat(errors.isEmpty()).isTrue();
    assertThat(people).hasSize(7);
    assertThat(people.stream().filter(a -> a.gender() == Gender.FEMALE)).hasSize(5);
    // Nobody said which three are displaced or who the veteran is (issue #16, defect 4).
    assertThat(people).noneMatch(a -> a.idp() || a.disability() || a.veteran());
    assertThat(grid.marks()).isEqualTo(new UnlinkedMarks(3, 0, 1));
  }

  @Test
  void aStoredSessionGivesBackTheSameGrid() {
    List<Attendee> stored =
        List.of(
            new Attendee(null, Gender.FEMALE, AgeBand.AGE_18_29, false, true, false),
            new Attendee(null, Gender.FEMALE, AgeBand.AGE_18_29, false, false, false),
            new Attendee(null, Gender.UNDISCLOSED, AgeBand.UNKNOWN, true, false, false),
            new Attendee(UUID.randomUUID(), Gender.MALE, AgeBand.AGE_40_49, true, true, true));
    Session session =
        Fixtures.session(LocalDate.of(2026, 11, 2), 0)
            .withPeople(stored, new UnlinkedMarks(0, 0, 1));

    AttendeeGrid grid = AttendeeGrid.of(session);
    FormData form = FormData.empty();
    grid.fill(form);

    assertThat(grid.total()).isEqualTo(3);
    assertThat(grid.idp()).isEqualTo(1);
    assertThat(grid.disability()).isEqualTo(1);
    assertThat(grid.veteran()).isEqualTo(1);
    assertThat(form.value(AttendeeGrid.cell(Gender.FEMALE, AgeBand.AGE_18_29))).isEqualTo("2");
    assertThat(form.value(AttendeeGrid.cell(Gender.MALE, AgeBand.AGE_40_49))).isEmpty();
    FormErrors errors = FormErrors.of(List.of(), SessionForm.labels(text));
    assertThat(AttendeeGrid.read(form, text, errors)).isEqualTo(grid);
  }

  @Test
  void countsThatAreNoCountsAndFlagsBeyondThePeopleAreReported() {
    FormData form =
        FormData.empty()
            .put(AttendeeGrid.cell(Gender.FEMALE, AgeBand.AGE_30_39), "два")
            .put(AttendeeGrid.cell(Gender.MALE, AgeBand.AGE_30_39), "2")
            .put(AttendeeGrid.cell(Gender.MALE, AgeBand.UNDER_18), "-1")
            .put("disability", "3");
    FormErrors errors = FormErrors.of(List.of(), SessionForm.labels(text));

    AttendeeGrid grid = AttendeeGrid.read(form, text, errors);

    assertThat(grid.total()).isEqualTo(2);
    // Each bad cell has its own message, and only the bad cells (issue #16, defect 5).
    assertThat(errors.get(AttendeeGrid.cell(Gender.FEMALE, AgeBand.AGE_30_39)))
        .isEqualTo("Має бути ціле число");
    assertThat(errors.get(AttendeeGrid.cell(Gender.MALE, AgeBand.UNDER_18)))
        .isEqualTo("Має бути від 0 до 500");
    assertThat(errors.has(AttendeeGrid.cell(Gender.MALE, AgeBand.AGE_30_39))).isFalse();
    assertThat(errors.has("attendees")).isFalse();
    assertThat(errors.get("disability")).isEqualTo("Не більше, ніж людей у таблиці (2)");
  }
}
