package org.hubops.api.sessions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.WebText;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Session;
import org.hubops.model.rest.UnlinkedMarks;

/**
 * Walk-in attendees typed as counts: how many women, men and people who did not say, in each age
 * band, and how many of them are internally displaced, have a disability, or are veterans. The
 * server turns the counts into one attendee row per person, as the API stores them. Nobody said
 * which of them has which mark, so the marks are stored as the session's {@link UnlinkedMarks},
 * never on one of the people (issue #16, defect 4: a veteran stored as an IDP woman aged 50–59).
 *
 * @param counts people per sex and age band; absent cells are zero
 */
record AttendeeGrid(
    Map<Gender, Map<AgeBand, Integer>> counts, int idp, int disability, int veteran) {

  /** At most this many in one cell; the service caps a session at 500 attendees in all. */
  static final int MAX_CELL = 500;

  static final List<String> FLAGS = List.of("idp", "disability", "veteran");

  AttendeeGrid {
    Map<Gender, Map<AgeBand, Integer>> copy = new EnumMap<>(Gender.class);
    counts.forEach(
        (gender, bands) -> {
          Map<AgeBand, Integer> nonZero = new EnumMap<>(AgeBand.class);
          bands.forEach(
              (band, n) -> {
                if (n != null && n > 0) {
                  nonZero.put(band, n);
                }
              });
          if (!nonZero.isEmpty()) {
            copy.put(gender, nonZero);
          }
        });
    counts = copy;
  }

  /** The name (and id) of the input of one cell, e.g. {@code n_FEMALE_AGE_60_69}. */
  static String cell(Gender gender, AgeBand band) {
    return "n_" + gender.name() + "_" + band.name();
  }

  /**
   * Reads the counts as typed. A cell or flag that is not a whole number from 0 to its limit is
   * reported against its own input, with what is wrong with it (issue #16, defect 5: "2.5" is not a
   * whole number, "-3" is out of range), and counts as zero.
   */
  static AttendeeGrid read(FormData form, WebText text, FormErrors errors) {
    Map<Gender, Map<AgeBand, Integer>> counts = new EnumMap<>(Gender.class);
    int total = 0;
    for (Gender gender : Gender.values()) {
      Map<AgeBand, Integer> bands = new EnumMap<>(AgeBand.class);
      for (AgeBand band : AgeBand.values()) {
        String cell = cell(gender, band);
        int n =
            count(
                form,
                cell,
                cell,
                MAX_CELL,
                text.messages().get("validation.between", 0, MAX_CELL),
                text,
                errors);
        bands.put(band, n);
        total += n;
      }
      counts.put(gender, bands);
    }
    int[] flags = new int[FLAGS.size()];
    for (int i = 0; i < flags.length; i++) {
      String flag = FLAGS.get(i);
      flags[i] = count(form, flag, flag, total, text.get("session.flagMax", total), text, errors);
    }
    return new AttendeeGrid(counts, flags[0], flags[1], flags[2]);
  }

  /**
   * The grid of a stored session's walk-ins (attendees not linked to the register): its marks are
   * the session's unlinked ones and those walk-ins' own (logged person by person, by the API or an
   * import).
   */
  static AttendeeGrid of(Session session) {
    Map<Gender, Map<AgeBand, Integer>> counts = new EnumMap<>(Gender.class);
    UnlinkedMarks unlinked = session.unlinkedMarks();
    int idp = unlinked.idp();
    int disability = unlinked.disability();
    int veteran = unlinked.veteran();
    for (Attendee attendee : session.attendees()) {
      if (attendee.participantId() != null) {
        continue;
      }
      counts
          .computeIfAbsent(attendee.gender(), g -> new EnumMap<>(AgeBand.class))
          .merge(attendee.ageBand(), 1, Integer::sum);
      idp += attendee.idp() ? 1 : 0;
      disability += attendee.disability() ? 1 : 0;
      veteran += attendee.veteran() ? 1 : 0;
    }
    return new AttendeeGrid(counts, idp, disability, veteran);
  }

  int total() {
    return counts.values().stream()
        .flatMap(bands -> bands.values().stream())
        .mapToInt(Integer::intValue)
        .sum();
  }

  /** One attendee per person counted, row by row, none with a mark of their own. */
  List<Attendee> expand() {
    List<Attendee> people = new ArrayList<>();
    for (AgeBand band : AgeBand.values()) {
      for (Gender gender : Gender.values()) {
        int n = counts.getOrDefault(gender, Map.of()).getOrDefault(band, 0);
        for (int i = 0; i < n; i++) {
          people.add(new Attendee(null, gender, band, false, false, false));
        }
      }
    }
    return people;
  }

  /** The grid's marks, which belong to none of its people. */
  UnlinkedMarks marks() {
    return new UnlinkedMarks(idp, disability, veteran);
  }

  /** Puts the counts into a form to show (blank for zero, so the grid reads at a glance). */
  void fill(FormData form) {
    for (Gender gender : Gender.values()) {
      for (AgeBand band : AgeBand.values()) {
        Integer n = counts.getOrDefault(gender, Map.of()).get(band);
        form.put(cell(gender, band), n == null ? "" : n.toString());
      }
    }
    form.put("idp", idp == 0 ? "" : idp).put("disability", disability == 0 ? "" : disability);
    form.put("veteran", veteran == 0 ? "" : veteran);
  }

  private static int count(
      FormData form,
      String name,
      String field,
      int max,
      String outOfRange,
      WebText text,
      FormErrors errors) {
    String typed = form.text(name).orElse("").replace('\u2212', '-');
    if (typed.isEmpty()) {
      return 0;
    }
    if (!typed.matches("-?[0-9]{1,9}")) {
      errors.add(field, text.get("grid.wholeNumber"));
      return 0;
    }
    int n = Integer.parseInt(typed);
    if (n >= 0 && n <= max) {
      return n;
    }
    errors.add(field, outOfRange);
    return 0;
  }
}
