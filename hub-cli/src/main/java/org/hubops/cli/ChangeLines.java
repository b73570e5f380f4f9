package org.hubops.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hubops.model.rest.ImportResult.Change;
import org.hubops.model.rest.ImportResult.Entry;

/**
 * An import's updates as lines a person checks against the file before trusting it: the row, and
 * under it each field with its stored and new value, the field named in the person's language.
 */
final class ChangeLines {

  private static final Pattern ATTENDEE = Pattern.compile("attendees\\[(\\d+)]\\.(\\w+)");

  private final CliText text;

  ChangeLines(CliText text) {
    this.text = text;
  }

  /** The lines for every entry that changes a stored record; none when nothing is updated. */
  List<String> of(List<Entry> entries, String status) {
    List<String> lines = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.changes().isEmpty()) {
        continue;
      }
      lines.add("  " + text.get("import.changes.row", entry.row(), entry.ref(), status));
      for (Change change : entry.changes()) {
        lines.add(
            "    "
                + text.get(
                    "import.change",
                    field(change.field()),
                    value(change.from()),
                    value(change.to())));
      }
    }
    return lines;
  }

  /** {@code title} → "Назва"; {@code attendees[2].ageBand} → "відвідувач 3, вікова група". */
  private String field(String field) {
    Matcher attendee = ATTENDEE.matcher(field);
    if (attendee.matches()) {
      int person = Integer.parseInt(attendee.group(1)) + 1;
      return text.get("import.field.attendee", person, label(attendee.group(2)));
    }
    return label(field);
  }

  private String label(String field) {
    try {
      return text.get("import.field." + field);
    } catch (java.util.MissingResourceException unknown) {
      // A field a newer service reports: its API name still says what changed.
      return field;
    }
  }

  private String value(String value) {
    return value == null ? text.get("import.change.empty") : value;
  }
}
