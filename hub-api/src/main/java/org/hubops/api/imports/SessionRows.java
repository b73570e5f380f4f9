package org.hubops.api.imports;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hubops.api.platform.Text;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.imports.SessionColumn;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Session;

/** Reads the rows of the sessions table, resolving topics and inventory numbers as it goes. */
final class SessionRows {

  /** A session as read from its row; its attendees join as the attendees table is read. */
  static final class Draft {

    private final String ref;
    private final SheetTable.Row row;
    private final UUID givenId;
    private final LocalDate date;
    private final LocalTime start;
    private final Integer minutes;
    private final SessionKind kind;
    private final SessionFormat format;
    private final String title;
    private final List<String> topics;
    private final String trainer;
    private final List<UUID> equipment;
    private final List<Attendee> attendees = new ArrayList<>();
    private final List<SheetTable.Row> attendeeRows = new ArrayList<>();

    private Draft(SessionRows rows, SheetTable.Row row) {
      CellReader<SessionColumn> cells = rows.reader;
      this.row = row;
      this.ref = cells.text(row, SessionColumn.REF);
      this.date = cells.date(row, SessionColumn.DATE);
      this.start = cells.time(row, SessionColumn.START);
      this.minutes = cells.wholeNumber(row, SessionColumn.MINUTES);
      this.kind = cells.choice(row, SessionColumn.KIND, SessionKind.class);
      this.format = cells.choice(row, SessionColumn.FORMAT, SessionFormat.class);
      this.title = cells.text(row, SessionColumn.TITLE);
      this.topics = rows.topics(row);
      this.trainer = cells.text(row, SessionColumn.TRAINER);
      this.equipment = rows.equipment(row);
      this.givenId = rows.givenId(row);
      if (ref == null) {
        cells.problem(row, SessionColumn.REF, "validation.required");
      }
    }

    String ref() {
      return ref;
    }

    SheetTable.Row row() {
      return row;
    }

    UUID givenId() {
      return givenId;
    }

    LocalDate date() {
      return date;
    }

    LocalTime start() {
      return start;
    }

    SessionKind kind() {
      return kind;
    }

    List<SheetTable.Row> attendeeRows() {
      return attendeeRows;
    }

    void attend(SheetTable.Row attendeeRow, Attendee attendee) {
      attendees.add(attendee);
      attendeeRows.add(attendeeRow);
    }

    Session toSession(UUID id) {
      return new Session(
          id, null, date, start, minutes, kind, format, title, topics, trainer, null, equipment,
          attendees, null, null, null);
    }
  }

  private final CellReader<SessionColumn> reader;
  private final HubLookups lookups;

  SessionRows(CellReader<SessionColumn> reader, HubLookups lookups) {
    this.reader = reader;
    this.lookups = lookups;
  }

  CellReader<SessionColumn> reader() {
    return reader;
  }

  Draft read(SheetTable.Row row) {
    return new Draft(this, row);
  }

  private List<String> topics(SheetTable.Row row) {
    return resolve(row, SessionColumn.TOPICS, lookups::topic, "validation.topicUnknown");
  }

  private List<UUID> equipment(SheetTable.Row row) {
    return resolve(row, SessionColumn.EQUIPMENT, lookups::equipment, "import.inventoryUnknown");
  }

  /** The values a cell's {@code ;} list names; the names not found are reported together. */
  private <T> List<T> resolve(
      SheetTable.Row row, SessionColumn column, Function<String, T> lookup, String unknownKey) {
    List<T> found = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String item : reader.items(row, column)) {
      T value = lookup.apply(item);
      if (value == null) {
        unknown.add(item);
      } else {
        found.add(value);
      }
    }
    if (!unknown.isEmpty()) {
      reader.problem(row, column, unknownKey, String.join("; ", unknown));
    }
    return found;
  }

  private UUID givenId(SheetTable.Row row) {
    String text = reader.text(row, SessionColumn.SESSION_ID);
    if (text == null) {
      return null;
    }
    UUID id = Text.uuid(text).orElse(null);
    if (id == null) {
      reader.problem(row, SessionColumn.SESSION_ID, "import.sessionIdBad");
    }
    return id;
  }
}
