package org.hubops.api.sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.ImportResult.Change;
import org.hubops.model.rest.Session;

/**
 * What replacing a stored session with another changes, field by field, as text a person checks
 * against the file: the one place that says what an import's update does, for its dry run and its
 * result alike. Fields {@link SessionStore#sameContent} compares and nothing else, so a session
 * with no change here is one the import leaves unchanged.
 */
public final class SessionChanges {

  /** How a change names a hub's equipment and participants (inventory number, code). */
  public interface Names {
    String equipment(UUID id);

    String participant(UUID id);

    /** Ids as they are, when nothing better is at hand. */
    Names IDS =
        new Names() {
          @Override
          public String equipment(UUID id) {
            return id.toString();
          }

          @Override
          public String participant(UUID id) {
            return id.toString();
          }
        };
  }

  private SessionChanges() {}

  public static List<Change> between(Session before, Session after, Names names) {
    List<Change> changes = new ArrayList<>();
    add(changes, "date", before.date(), after.date());
    add(changes, "startTime", before.startTime(), after.startTime());
    add(changes, "durationMinutes", before.durationMinutes(), after.durationMinutes());
    add(changes, "kind", before.kind(), after.kind());
    add(changes, "format", before.format(), after.format());
    add(changes, "title", before.title(), after.title());
    add(changes, "trainer", before.trainer(), after.trainer());
    add(changes, "notes", before.notes(), after.notes());
    add(changes, "topics", joined(before.topics(), t -> t), joined(after.topics(), t -> t));
    add(
        changes,
        "equipmentIds",
        joined(before.equipmentIds(), names::equipment),
        joined(after.equipmentIds(), names::equipment));
    attendees(changes, before.attendees(), after.attendees(), names);
    add(changes, "unlinkedMarks.idp", before.unlinkedMarks().idp(), after.unlinkedMarks().idp());
    add(
        changes,
        "unlinkedMarks.disability",
        before.unlinkedMarks().disability(),
        after.unlinkedMarks().disability());
    add(
        changes,
        "unlinkedMarks.veteran",
        before.unlinkedMarks().veteran(),
        after.unlinkedMarks().veteran());
    return changes;
  }

  /**
   * Attendees are rows without ids of their own, so they are compared by position: a person added
   * or removed shows as a new count, a person corrected as the fields of that row.
   */
  private static void attendees(
      List<Change> changes, List<Attendee> before, List<Attendee> after, Names names) {
    add(changes, "attendees", before.size(), after.size());
    for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
      Attendee was = before.get(i);
      Attendee is = after.get(i);
      String at = "attendees[" + i + "].";
      add(changes, at + "gender", was.gender(), is.gender());
      add(changes, at + "ageBand", was.ageBand(), is.ageBand());
      add(changes, at + "idp", was.idp(), is.idp());
      add(changes, at + "disability", was.disability(), is.disability());
      add(changes, at + "veteran", was.veteran(), is.veteran());
      add(
          changes,
          at + "participantId",
          was.participantId() == null ? null : names.participant(was.participantId()),
          is.participantId() == null ? null : names.participant(is.participantId()));
    }
  }

  private static <T> String joined(List<T> items, Function<T, String> name) {
    return items.isEmpty() ? null : String.join("; ", items.stream().map(name).sorted().toList());
  }

  private static void add(List<Change> changes, String field, Object from, Object to) {
    String was = text(from);
    String is = text(to);
    if (!Objects.equals(was, is)) {
      changes.add(new Change(field, was, is));
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Enum<?> e ? e.name() : value.toString();
  }
}
