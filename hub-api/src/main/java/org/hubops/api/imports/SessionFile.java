package org.hubops.api.imports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hubops.api.platform.Text;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.SessionFormat;
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
 * the attendees table that name its Ref. Both tables are read as they stream from the file, each
 * row kept as a few numbers ({@link Facts}), so a file of 150,000 sessions fits in a few megabytes;
 * sessions are made whole a chunk at a time ({@link #lines}). Remembers which row every value came
 * from, so that a rule a session breaks (reported by field, {@code attendees[3].ageBand}) is
 * reported at the cell a person must fix.
 */
final class SessionFile {

  /**
   * One session as read.
   *
   * @param row the sessions table's row it came from
   * @param idGiven whether the row names a stored session in its Session ID cell
   * @param attendeeRows the attendees table's row of each attendee, in order
   */
  record Line(String ref, int row, boolean idGiven, Session session, int[] attendeeRows) {}

  private static final Pattern FIELD = Pattern.compile("(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?");

  private final Hub hub;
  private final HubLookups lookups;
  private final CellReader<SessionColumn> sessions;
  private final CellReader<AttendeeColumn> attendees;

  // One entry per session kept (a row with a Ref), in the file's order.
  private final List<String> refs = new ArrayList<>();
  private final Map<String, Integer> byRef = new HashMap<>();
  private final Map<Integer, UUID> givenIds = new HashMap<>();
  private final Facts.Longs rows = new Facts.Longs();
  private final Facts.Longs days = new Facts.Longs();
  private final Facts.Longs starts = new Facts.Longs();
  private final Facts.Longs minutes = new Facts.Longs();
  private final Facts.Longs kinds = new Facts.Longs();
  private final Facts.Longs formats = new Facts.Longs();
  private final Facts.Longs titles = new Facts.Longs();
  private final Facts.Longs trainers = new Facts.Longs();
  private final Facts.Longs topics = new Facts.Longs();
  private final Facts.Longs equipment = new Facts.Longs();
  private final Facts.Interned<String> texts = new Facts.Interned<>();
  private final Facts.Interned<List<String>> topicLists = new Facts.Interned<>();
  private final Facts.Interned<List<UUID>> equipmentLists = new Facts.Interned<>();

  // One entry per attendee kept, in the file's order: its session's index, row and traits.
  private final Facts.Longs attendeeSessions = new Facts.Longs();
  private final Facts.Longs attendeeRows = new Facts.Longs();
  private final Facts.Longs traits = new Facts.Longs();
  private final Facts.Longs people = new Facts.Longs();
  private final Facts.Interned<UUID> participants = new Facts.Interned<>();

  // Each session's attendees, grouped once both tables are read: those of session i are
  // byAttendance[firstAttendee[i]] up to byAttendance[firstAttendee[i + 1]].
  private int[] firstAttendee;
  private int[] byAttendance;

  private SessionFile(
      Hub hub,
      HubLookups lookups,
      CellReader<SessionColumn> sessions,
      CellReader<AttendeeColumn> attendees) {
    this.hub = hub;
    this.lookups = lookups;
    this.sessions = sessions;
    this.attendees = attendees;
  }

  /** How many sessions the file holds (rows with a Ref). */
  int size() {
    return refs.size();
  }

  /**
   * Reads both tables as they stream from the file, reporting every cell that cannot be read; stops
   * only at bad headers or a table too long.
   */
  static SessionFile read(
      ImportFiles.Tables tables, Hub hub, HubLookups lookups, FileProblems problems) {
    Columns<SessionColumn> sessionColumns =
        Columns.of(tables.head(ImportSheet.SESSIONS), SessionColumn.class, problems);
    Columns<AttendeeColumn> attendeeColumns =
        Columns.of(tables.head(ImportSheet.ATTENDEES), AttendeeColumn.class, problems);
    if (!sessionColumns.complete() || !attendeeColumns.complete()) {
      throw problems.failure();
    }
    SessionFile file =
        new SessionFile(
            hub,
            lookups,
            new CellReader<>(sessionColumns, problems),
            new CellReader<>(attendeeColumns, problems));
    tables.rows(ImportSheet.SESSIONS, file::readSession, problems);
    tables.rows(ImportSheet.ATTENDEES, file::readAttendee, problems);
    file.group();
    return file;
  }

  private void readSession(SheetTable.Row row) {
    CellReader<SessionColumn> cells = sessions;
    String ref = cells.text(row, SessionColumn.REF);
    LocalDate date = cells.date(row, SessionColumn.DATE);
    LocalTime start = cells.time(row, SessionColumn.START);
    Integer length = cells.wholeNumber(row, SessionColumn.MINUTES);
    SessionKind kind = cells.choice(row, SessionColumn.KIND, SessionKind.class);
    SessionFormat format = cells.choice(row, SessionColumn.FORMAT, SessionFormat.class);
    String title = cells.text(row, SessionColumn.TITLE);
    List<String> topicCodes =
        resolve(row, SessionColumn.TOPICS, lookups::topic, "validation.topicUnknown");
    String trainer = cells.text(row, SessionColumn.TRAINER);
    List<UUID> items =
        resolve(row, SessionColumn.EQUIPMENT, lookups::equipment, "import.inventoryUnknown");
    UUID givenId = givenId(row);
    if (ref == null) {
      cells.problem(row, SessionColumn.REF, "validation.required");
      return;
    }
    // A repeated Ref is reported, and its row still kept, so that one pass finds everything.
    int index = refs.size();
    Integer first = byRef.putIfAbsent(Choices.normalize(ref), index);
    if (first != null) {
      cells.problem(row, SessionColumn.REF, "import.refDuplicate", ref, (int) rows.get(first));
    }
    refs.add(ref);
    rows.add(row.number());
    days.add(date == null ? Facts.NONE : date.toEpochDay());
    starts.add(start == null ? Facts.NONE : start.toSecondOfDay() / 60);
    minutes.add(length == null ? Facts.NONE : length);
    kinds.add(Facts.ordinal(kind));
    formats.add(Facts.ordinal(format));
    titles.add(texts.index(title));
    trainers.add(texts.index(trainer));
    topics.add(topicLists.index(List.copyOf(topicCodes)));
    equipment.add(equipmentLists.index(List.copyOf(items)));
    if (givenId != null) {
      givenIds.put(index, givenId);
    }
  }

  private void readAttendee(SheetTable.Row row) {
    CellReader<AttendeeColumn> reader = attendees;
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
    Integer session = byRef.get(Choices.normalize(ref));
    if (session == null) {
      reader.problem(row, AttendeeColumn.REF, "import.refUnknown", ref);
      return;
    }
    attendeeSessions.add(session);
    attendeeRows.add(row.number());
    // Gender and age band as ordinals + 1 (0 when blank), then the three yes/no answers.
    traits.add(
        (Facts.ordinal(gender) + 1)
            | (Facts.ordinal(band) + 1) << 4
            | (idp ? 1 << 8 : 0)
            | (disability ? 1 << 9 : 0)
            | (veteran ? 1 << 10 : 0));
    people.add(participants.index(participant));
  }

  /** Groups the attendees by session, in the file's order (a counting sort). */
  private void group() {
    int count = refs.size();
    firstAttendee = new int[count + 1];
    for (int a = 0; a < attendeeSessions.size(); a++) {
      firstAttendee[(int) attendeeSessions.get(a) + 1]++;
    }
    for (int i = 0; i < count; i++) {
      firstAttendee[i + 1] += firstAttendee[i];
    }
    int[] next = Arrays.copyOf(firstAttendee, count);
    byAttendance = new int[attendeeSessions.size()];
    for (int a = 0; a < attendeeSessions.size(); a++) {
      byAttendance[next[(int) attendeeSessions.get(a)]++] = a;
    }
  }

  /** The sessions {@code from} (inclusive) to {@code to}, made whole. */
  List<Line> lines(int from, int to) {
    List<Line> lines = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      lines.add(line(i));
    }
    return lines;
  }

  private Line line(int i) {
    int firstOf = firstAttendee[i];
    int count = firstAttendee[i + 1] - firstOf;
    List<Attendee> present = new ArrayList<>(count);
    int[] attendeeRowsOf = new int[count];
    for (int k = 0; k < count; k++) {
      int a = byAttendance[firstOf + k];
      long t = traits.get(a);
      present.add(
          new Attendee(
              participants.get(people.get(a)),
              Facts.constant(Gender.class, (t & 0xF) - 1),
              Facts.constant(AgeBand.class, (t >> 4 & 0xF) - 1),
              (t & 1 << 8) != 0,
              (t & 1 << 9) != 0,
              (t & 1 << 10) != 0));
      attendeeRowsOf[k] = (int) attendeeRows.get(a);
    }
    LocalDate date = days.get(i) == Facts.NONE ? null : LocalDate.ofEpochDay(days.get(i));
    LocalTime start =
        starts.get(i) == Facts.NONE ? null : LocalTime.ofSecondOfDay(starts.get(i) * 60);
    Integer length = minutes.get(i) == Facts.NONE ? null : (int) minutes.get(i);
    SessionKind kind = Facts.constant(SessionKind.class, kinds.get(i));
    UUID given = givenIds.get(i);
    UUID id = given != null ? given : derivedId(hub, refs.get(i), date, start, kind);
    Session session =
        new Session(
            id,
            null,
            date,
            start,
            length,
            kind,
            Facts.constant(SessionFormat.class, formats.get(i)),
            texts.get(titles.get(i)),
            topicLists.get(topics.get(i)),
            texts.get(trainers.get(i)),
            null,
            equipmentLists.get(equipment.get(i)),
            present,
            null,
            null,
            null);
    return new Line(refs.get(i), (int) rows.get(i), given != null, session, attendeeRowsOf);
  }

  /** The values a cell's {@code ;} list names; the names not found are reported together. */
  private <T> List<T> resolve(
      SheetTable.Row row, SessionColumn column, Function<String, T> lookup, String unknownKey) {
    List<T> found = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String item : sessions.items(row, column)) {
      T value = lookup.apply(item);
      if (value == null) {
        unknown.add(item);
      } else {
        found.add(value);
      }
    }
    if (!unknown.isEmpty()) {
      sessions.problem(row, column, unknownKey, String.join("; ", unknown));
    }
    return found;
  }

  private UUID givenId(SheetTable.Row row) {
    String text = sessions.text(row, SessionColumn.SESSION_ID);
    if (text == null) {
      return null;
    }
    UUID id = Text.uuid(text).orElse(null);
    if (id == null) {
      sessions.problem(row, SessionColumn.SESSION_ID, "import.sessionIdBad");
    }
    return id;
  }

  /**
   * The id of a session the file does not give one: the same row imported again gets the same id,
   * so it is found instead of stored twice. The Ref alone would not do, since every quarter's file
   * numbers its sessions from 1.
   */
  static UUID derivedId(Hub hub, String ref, LocalDate date, LocalTime start, SessionKind kind) {
    if (date == null || start == null || kind == null) {
      // Such a row breaks a rule and is never stored; any id will do for the report.
      return UUID.randomUUID();
    }
    String key =
        String.join(
            "|",
            "hubops-import",
            hub.id().toString(),
            Choices.normalize(ref),
            date.toString(),
            start.toString(),
            kind.name());
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  /** Reports each rule a session breaks at the cell the field came from. */
  void report(Line line, List<FieldError> errors) {
    for (FieldError error : errors) {
      Matcher field = FIELD.matcher(error.field());
      String name = field.matches() ? field.group(1) : "";
      if (name.equals("attendees") && field.group(2) != null) {
        int row = line.attendeeRows()[Integer.parseInt(field.group(2))];
        attendees.problemText(row, attendeeColumn(field.group(3)), error.message());
      } else {
        sessions.problemText(line.row(), sessionColumn(name, line.idGiven()), error.message());
      }
    }
  }

  /** Reports a Session ID that names no session of this hub. */
  void reportUnknownId(Line line) {
    sessions.problemText(
        line.row(), SessionColumn.SESSION_ID, sessions.messages().get("import.sessionIdUnknown"));
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
