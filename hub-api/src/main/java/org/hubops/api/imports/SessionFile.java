package org.hubops.api.imports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.SessionKind;
import org.hubops.model.imports.AttendeeColumn;
import org.hubops.model.imports.ImportSheet;
import org.hubops.model.imports.SessionColumn;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Problem.FieldError;
import org.hubops.model.rest.Session;

/**
 * The sessions of an uploaded file, each built from its row of the sessions table and the rows of
 * the attendees table that name its Ref. Remembers which row and cell every value came from, so
 * that a rule a session breaks (reported by field, {@code attendees[3].ageBand}) is reported at the
 * cell a person must fix.
 */
final class SessionFile {

  /**
   * One session as read.
   *
   * @param idGiven whether the row names a stored session in its Session ID cell
   * @param attendeeRows the attendees table's row of each attendee, in order
   */
  record Line(
      String ref,
      SheetTable.Row row,
      boolean idGiven,
      Session session,
      List<SheetTable.Row> attendeeRows) {}

  private static final Pattern FIELD = Pattern.compile("(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?");

  private final CellReader<SessionColumn> sessions;
  private final CellReader<AttendeeColumn> attendees;
  private final List<Line> lines;

  private SessionFile(
      CellReader<SessionColumn> sessions, CellReader<AttendeeColumn> attendees, List<Line> lines) {
    this.sessions = sessions;
    this.attendees = attendees;
    this.lines = lines;
  }

  List<Line> lines() {
    return lines;
  }

  /** Reads both tables, reporting every cell that cannot be read; stops only at bad headers. */
  static SessionFile read(
      Map<ImportSheet, SheetTable> tables, Hub hub, HubLookups lookups, FileProblems problems) {
    Columns<SessionColumn> sessionColumns =
        Columns.of(tables.get(ImportSheet.SESSIONS), SessionColumn.class, problems);
    Columns<AttendeeColumn> attendeeColumns =
        Columns.of(tables.get(ImportSheet.ATTENDEES), AttendeeColumn.class, problems);
    if (!sessionColumns.complete() || !attendeeColumns.complete()) {
      throw problems.failure();
    }
    SessionRows sessionRows = new SessionRows(new CellReader<>(sessionColumns, problems), lookups);
    // A repeated Ref is reported, and its row still checked, so that one pass finds everything.
    List<SessionRows.Draft> drafts = new ArrayList<>();
    Map<String, SessionRows.Draft> byRef = new HashMap<>();
    for (SheetTable.Row row : sessionColumns.table().rows()) {
      SessionRows.Draft draft = sessionRows.read(row);
      if (draft.ref() == null) {
        continue;
      }
      drafts.add(draft);
      SessionRows.Draft first = byRef.putIfAbsent(Choices.normalize(draft.ref()), draft);
      if (first != null) {
        sessionRows
            .reader()
            .problem(
                row, SessionColumn.REF, "import.refDuplicate", draft.ref(), first.row().number());
      }
    }
    CellReader<AttendeeColumn> attendeeReader = new CellReader<>(attendeeColumns, problems);
    for (SheetTable.Row row : attendeeColumns.table().rows()) {
      readAttendee(row, attendeeReader, byRef, lookups);
    }
    List<Line> lines = new ArrayList<>();
    for (SessionRows.Draft draft : drafts) {
      UUID id = draft.givenId() != null ? draft.givenId() : derivedId(hub, draft);
      lines.add(
          new Line(
              draft.ref(),
              draft.row(),
              draft.givenId() != null,
              draft.toSession(id),
              draft.attendeeRows()));
    }
    return new SessionFile(sessionRows.reader(), attendeeReader, lines);
  }

  private static void readAttendee(
      SheetTable.Row row,
      CellReader<AttendeeColumn> reader,
      Map<String, SessionRows.Draft> byRef,
      HubLookups lookups) {
    String ref = reader.text(row, AttendeeColumn.REF);
    Gender gender = reader.choice(row, AttendeeColumn.GENDER, Gender.class);
    AgeBand band = reader.choice(row, AttendeeColumn.AGE_BAND, AgeBand.class);
    boolean idp = reader.yesNo(row, AttendeeColumn.IDP);
    boolean disability = reader.yesNo(row, AttendeeColumn.DISABILITY);
    boolean veteran = reader.yesNo(row, AttendeeColumn.VETERAN);
    String code = reader.text(row, AttendeeColumn.PARTICIPANT_CODE);
    UUID participant = code == null ? null : lookups.participant(code);
    if (code != null && participant == null) {
      reader.problem(row, AttendeeColumn.PARTICIPANT_CODE, "import.participantUnknown", code);
    }
    if (ref == null) {
      reader.problem(row, AttendeeColumn.REF, "validation.required");
      return;
    }
    SessionRows.Draft draft = byRef.get(Choices.normalize(ref));
    if (draft == null) {
      reader.problem(row, AttendeeColumn.REF, "import.refUnknown", ref);
      return;
    }
    draft.attend(row, new Attendee(participant, gender, band, idp, disability, veteran));
  }

  /**
   * The id of a session the file does not give one: the same row imported again gets the same id,
   * so it is found instead of stored twice. The Ref alone would not do, since every quarter's file
   * numbers its sessions from 1.
   */
  static UUID derivedId(Hub hub, SessionRows.Draft draft) {
    LocalDate date = draft.date();
    LocalTime start = draft.start();
    SessionKind kind = draft.kind();
    if (date == null || start == null || kind == null) {
      // Such a row breaks a rule and is never stored; any id will do for the report.
      return UUID.randomUUID();
    }
    String key =
        String.join(
            "|",
            "hubops-import",
            hub.id().toString(),
            Choices.normalize(draft.ref()),
            date.toString(),
            start.toString(),
            kind.name());
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  /** Reports each rule a session breaks at the cell the field came from. */
  void report(int index, List<FieldError> errors) {
    Line line = lines.get(index);
    for (FieldError error : errors) {
      Matcher field = FIELD.matcher(error.field());
      String name = field.matches() ? field.group(1) : "";
      if (name.equals("attendees") && field.group(2) != null) {
        SheetTable.Row row = line.attendeeRows().get(Integer.parseInt(field.group(2)));
        attendees.problemText(row, attendeeColumn(field.group(3)), error.message());
      } else {
        sessions.problemText(line.row(), sessionColumn(name, line.idGiven()), error.message());
      }
    }
  }

  /** Reports a Session ID that names no session of this hub. */
  void reportUnknownId(int index) {
    sessions.problem(lines.get(index).row(), SessionColumn.SESSION_ID, "import.sessionIdUnknown");
  }

  private static SessionColumn sessionColumn(String field, boolean idGiven) {
    return switch (field) {
      case "date" -> SessionColumn.DATE;
      case "startTime" -> SessionColumn.START;
      case "durationMinutes" -> SessionColumn.MINUTES;
      case "kind" -> SessionColumn.KIND;
      case "format" -> SessionColumn.FORMAT;
      case "title" -> SessionColumn.TITLE;
      case "trainer" -> SessionColumn.TRAINER;
      case "topics" -> SessionColumn.TOPICS;
      case "equipmentIds" -> SessionColumn.EQUIPMENT;
      case "id" -> idGiven ? SessionColumn.SESSION_ID : SessionColumn.REF;
      default -> SessionColumn.REF;
    };
  }

  private static AttendeeColumn attendeeColumn(String field) {
    if (field == null) {
      return AttendeeColumn.REF;
    }
    return switch (field) {
      case "gender" -> AttendeeColumn.GENDER;
      case "ageBand" -> AttendeeColumn.AGE_BAND;
      case "participantId" -> AttendeeColumn.PARTICIPANT_CODE;
      default -> AttendeeColumn.REF;
    };
  }
}
