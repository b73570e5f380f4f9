package org.hubops.api.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.Quarter;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A hand-built quarter (2026-Q3) whose every figure is worked out in {@link ReportDatasetTest}'s
 * comments: four active hubs in Lviv (UA-46) and Kyiv (UA-32) oblasts, one silent; a suspended hub
 * that still held a session; a closed hub that held none; a deleted session; a session without
 * attendees; a late entry and one recorded just in time; registered participants whose register
 * disagrees with their attendance rows; equipment broken and under repair; sessions in Q2 and Q4.
 * Rows go in with plain SQL, as the service's own code is not what is being tested.
 */
final class KnownQuarter {

  static final Quarter QUARTER = Quarter.of(2026, 3);
  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  static final String A = "LV-0001";
  static final String B = "LV-0002";
  static final String C = "KV-0003";
  static final String SILENT = "KV-0004";
  static final String CLOSED = "LV-0005";
  static final String SUSPENDED = "LV-0006";

  private final Handle handle;

  private KnownQuarter(Handle handle) {
    this.handle = handle;
  }

  /** Tests only read it, so each kind of database is loaded once per test run. */
  private static final Map<TestDatabase, Jdbi> LOADED = new EnumMap<>(TestDatabase.class);

  /** A migrated database of {@code database}'s kind holding the known quarter. */
  static Jdbi in(TestDatabase database) {
    synchronized (LOADED) {
      return LOADED.computeIfAbsent(database, KnownQuarter::load);
    }
  }

  private static Jdbi load(TestDatabase database) {
    Jdbi jdbi = database.migrated();
    jdbi.useHandle(
        handle -> {
          new KnownQuarter(handle).insert();
          // The rows above are written by SQL: count each session's people as the service would.
          handle.execute(Headcounts.recount());
          FigureRollup.recountAll(handle);
        });
    return jdbi;
  }

  private void insert() {
    UUID a = hub(A, "UA-46", "CITY", "ACTIVE");
    UUID b = hub(B, "UA-46", "VILLAGE", "ACTIVE");
    UUID c = hub(C, "UA-32", "TOWN", "ACTIVE");
    UUID silent = hub(SILENT, "UA-32", "VILLAGE", "ACTIVE");
    hub(CLOSED, "UA-46", "CITY", "CLOSED");
    UUID suspended = hub(SUSPENDED, "UA-46", "CITY", "SUSPENDED");

    // Register: sex, birth year and flags here decide how unique participants are counted.
    UUID p1 = participant(a, "P-1", "FEMALE", 1990, true, false, false);
    UUID p2 = participant(a, "P-2", "MALE", 2009, false, true, false);
    UUID p3 = participant(c, "P-3", "FEMALE", 1956, false, false, true);
    UUID p4 = participant(c, "P-4", "FEMALE", null, false, false, false);

    UUID s1 = session(a, "2026-07-03", 90, "GROUP_CLASS", "IN_PERSON", "2026-07-03T15:00:00Z");
    topics(s1, "E.1", "1.1");
    attendee(s1, p1, "FEMALE", "AGE_30_39", true, false, false);
    attendee(s1, p2, "MALE", "UNDER_18", false, true, false);
    attendee(s1, null, "MALE", "AGE_70_PLUS", false, false, true);

    // Recorded at 00:30 Kyiv time nine days later: a late entry.
    UUID s2 = session(a, "2026-08-10", 30, "CONSULTATION", "IN_PERSON", "2026-08-18T21:30:00Z");
    topics(s2, "E.1");
    attendee(s2, p1, "FEMALE", "AGE_30_39", true, false, false);
    attendee(s2, null, "UNDISCLOSED", "UNKNOWN", false, true, false);

    // Recorded at 23:59 Kyiv time seven days later: just in time.
    UUID s2b = session(a, "2026-08-11", 20, "CONSULTATION", "ONLINE", "2026-08-18T20:59:00Z");
    topics(s2b, "2.1");
    attendee(s2b, null, "FEMALE", "AGE_40_49", false, false, false);

    UUID s3 = session(b, "2026-08-15", 120, "EVENT", "HYBRID", "2026-08-15T12:00:00Z");
    topics(s3, "2.1");

    // P-3's rows say 60-69, her register says born 1956: 70 in 2026.
    UUID s4 = session(c, "2026-09-01", 45, "E_SERVICE_HELP", "ONLINE", "2026-09-02T08:00:00Z");
    topics(s4, "E.1");
    attendee(s4, p3, "FEMALE", "AGE_60_69", false, false, false);
    attendee(s4, p4, "UNDISCLOSED", "UNKNOWN", false, false, false);
    attendee(s4, null, "FEMALE", "AGE_18_29", true, false, false);

    UUID s5 = session(c, "2026-09-30", 60, "GROUP_CLASS", "IN_PERSON", "2026-09-30T16:00:00Z");
    topics(s5, "1.1");
    attendee(s5, p3, "FEMALE", "AGE_60_69", false, false, true);

    UUID s7 = session(suspended, "2026-07-20", 60, "EVENT", "IN_PERSON", "2026-07-20T10:00:00Z");
    topics(s7, "E.1");
    attendee(s7, null, "MALE", "AGE_50_59", false, false, false);

    UUID deleted = session(a, "2026-07-10", 300, "EVENT", "IN_PERSON", "2026-07-10T10:00:00Z");
    topics(deleted, "E.1");
    for (int i = 0; i < 5; i++) {
      attendee(deleted, null, "MALE", "AGE_30_39", true, true, true);
    }
    handle.execute("update session set deleted_at = created_at where id = ?", deleted);

    // The quarter before, and one after.
    UUID q2a =
        session(silent, "2026-05-05", 40, "GROUP_CLASS", "IN_PERSON", "2026-05-05T10:00:00Z");
    topics(q2a, "E.1");
    attendee(q2a, null, "MALE", "AGE_30_39", false, false, false);
    UUID q2b = session(a, "2026-06-30", 50, "GROUP_CLASS", "IN_PERSON", "2026-06-30T10:00:00Z");
    topics(q2b, "1.1");
    attendee(q2b, p1, "FEMALE", "AGE_30_39", true, false, false);
    UUID q4 = session(a, "2026-10-01", 90, "GROUP_CLASS", "IN_PERSON", "2026-10-01T10:00:00Z");
    topics(q4, "1.1");
    attendee(q4, p2, "MALE", "UNDER_18", false, true, false);

    equipment(a, "INV-001", "LAPTOP", "IN_SERVICE");
    equipment(a, "INV-002", "LAPTOP", "IN_SERVICE");
    equipment(a, "INV-003", "LAPTOP", "BROKEN");
    equipment(a, "INV-004", "ROUTER", "UNDER_REPAIR");
    equipment(c, "INV-101", "TABLET", "IN_SERVICE");
    equipment(c, "INV-102", "PROJECTOR", "WRITTEN_OFF");
  }

  private UUID hub(String code, String oblast, String settlementType, String status) {
    UUID id = UUID.randomUUID();
    handle.execute(
        """
        insert into hub (id, code, name, institution_type, oblast_code, hromada, settlement,
                         settlement_type, address, opened_on, status, version, created_at,
                         updated_at, created_by)
        values (?, ?, ?, 'LIBRARY', ?, 'Громада', 'Село', ?, null, ?, ?, 1, ?, ?, 'test')
        """,
        id,
        code,
        "Бібліотека " + code,
        oblast,
        settlementType,
        LocalDate.of(2023, 1, 1),
        status,
        Instant.parse("2023-01-01T00:00:00Z"),
        Instant.parse("2023-01-01T00:00:00Z"));
    return id;
  }

  private UUID participant(
      UUID hub,
      String code,
      String gender,
      Integer birthYear,
      boolean idp,
      boolean dis,
      boolean vet) {
    UUID id = UUID.randomUUID();
    handle.execute(
        """
        insert into participant (id, hub_id, code, full_name, phone, gender, birth_year, idp,
                                 disability, veteran, consent_given, version, created_at,
                                 updated_at, created_by)
        values (?, ?, ?, 'Олена Приватна', '+380501112233', ?, ?, ?, ?, ?, true, 1, ?, ?, 'test')
        """,
        id,
        hub,
        code,
        gender,
        birthYear,
        idp,
        dis,
        vet,
        Instant.parse("2026-01-01T00:00:00Z"),
        Instant.parse("2026-01-01T00:00:00Z"));
    return id;
  }

  private UUID session(
      UUID hub, String date, int minutes, String kind, String format, String createdAt) {
    UUID id = UUID.randomUUID();
    Instant created = Instant.parse(createdAt);
    handle.execute(
        """
        insert into session (id, hub_id, session_date, start_time, duration_minutes, kind, format,
                             title, trainer, notes, version, created_at, updated_at, created_by)
        values (?, ?, ?, ?, ?, ?, ?, 'Заняття', 'Тренерка Оксана Лисенко', null, 1, ?, ?, 'test')
        """,
        id,
        hub,
        LocalDate.parse(date),
        java.time.LocalTime.of(10, 0),
        minutes,
        kind,
        format,
        created,
        created);
    return id;
  }

  private void topics(UUID session, String... codes) {
    for (String code : List.of(codes)) {
      handle.execute(
          "insert into session_topic (session_id, topic_code) values (?, ?)", session, code);
    }
  }

  private int seq;

  private void attendee(
      UUID session,
      UUID participant,
      String gender,
      String band,
      boolean idp,
      boolean dis,
      boolean vet) {
    handle
        .createUpdate(
            """
            insert into attendee (session_id, seq, participant_id, gender, age_band, idp,
                                  disability, veteran)
            values (:session, :seq, cast(:participant as uuid), :gender, :band, :idp, :dis, :vet)
            """)
        .bind("session", session)
        .bind("seq", ++seq)
        .bind("participant", participant == null ? null : participant.toString())
        .bind("gender", gender)
        .bind("band", band)
        .bind("idp", idp)
        .bind("dis", dis)
        .bind("vet", vet)
        .execute();
  }

  /** An item acquired in 2024, in {@code status} since mid-quarter, with that history. */
  private void equipment(UUID hub, String inventory, String category, String status) {
    UUID id = UUID.randomUUID();
    LocalDate acquired = LocalDate.of(2024, 3, 1);
    LocalDate since = "IN_SERVICE".equals(status) ? acquired : LocalDate.of(2026, 8, 15);
    Instant recorded = Instant.parse("2024-03-01T00:00:00Z");
    handle.execute(
        """
        insert into equipment (id, hub_id, inventory_number, category, model, serial_number,
                               funding_source, acquired_on, status, status_since,
                               last_checked_on, notes, version, created_at, updated_at,
                               created_by)
        values (?, ?, ?, ?, 'Model', 'SN', 'Donor', ?, ?, ?, null, 'Зламав Петро', 1, ?, ?, 'test')
        """,
        id,
        hub,
        inventory,
        category,
        acquired,
        status,
        since,
        recorded,
        recorded);
    String event =
        """
        insert into equipment_event (id, equipment_id, event_date, from_status, to_status, note,
                                     recorded_by, recorded_at)
        values (?, ?, ?, <from>, ?, null, 'test', ?)
        """;
    handle.execute(
        event.replace("<from>", "null"), UUID.randomUUID(), id, acquired, "IN_SERVICE", recorded);
    if (!"IN_SERVICE".equals(status)) {
      handle.execute(
          event.replace("<from>", "'IN_SERVICE'"),
          UUID.randomUUID(),
          id,
          since,
          status,
          Instant.parse("2026-08-15T12:00:00Z"));
    }
  }
}
