package org.hubops.api.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hubops.api.sessions.Headcounts;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.report.Figures;
import org.jdbi.v3.core.Handle;

/**
 * The figures of a scope by every {@link Slice} at once, from three grouped queries: sessions and
 * attendances by hub and month (added up here into the whole, months, oblasts, raions and hubs,
 * since they add), the same by topic, and the registered participants who came, once per person,
 * month and topic (distinct people do not add up, so they are counted here as they stream by, in
 * person order). Attendances come from the sessions' {@link Headcounts}: no attendee row is read
 * for them.
 */
final class ScopeFigures {

  private static final String MONTH = Slice.MONTH.key();
  private static final String RAION = Slice.RAION.key();

  private static final String BY_HUB_AND_MONTH =
      "select h.code as hub, h.oblast_code as oblast, "
          + RAION
          + " as raion, "
          + MONTH
          + " as period, count(*) as sessions, coalesce(sum(s.duration_minutes), 0) as minutes, "
          + Headcounts.sums("s")
          + FigureDao.SESSIONS
          + FigureDao.IN_SCOPE
          + " group by h.code, h.oblast_code, "
          + RAION
          + ", "
          + MONTH;

  private static final String BY_TOPIC =
      "select st.topic_code as topic, count(*) as sessions,"
          + " coalesce(sum(s.duration_minutes), 0) as minutes, "
          + Headcounts.sums("s")
          + FigureDao.SESSIONS
          + " join session_topic st on st.session_id = s.id "
          + FigureDao.IN_SCOPE
          + " group by st.topic_code";

  private static final String WHOLE =
      "select count(*) as sessions, coalesce(sum(s.duration_minutes), 0) as minutes, "
          + Headcounts.sums("s")
          + FigureDao.SESSIONS
          + FigureDao.IN_SCOPE;

  /** Each registered participant of the scope once, with their first day: no order needed. */
  private static final String PEOPLE_WHOLE =
      "select f.first_date, p.gender, p.birth_year, p.idp, p.disability, p.veteran"
          + " from (select a.participant_id, min(s.session_date) as first_date"
          + FigureDao.SESSIONS
          + " join attendee a on a.session_id = s.id "
          + FigureDao.IN_SCOPE
          + " and a.participant_id is not null group by a.participant_id) f"
          + " join participant p on p.id = f.participant_id";

  /**
   * Each registered participant once per month and topic they came, with the first day of it, in
   * person, month and day order, with what the register says of them.
   */
  private static final String PEOPLE =
      "select f.participant_id, f.hub, f.oblast, f.raion, f.period, f.first_date, f.topic_code"
          + ", p.gender, p.birth_year, p.idp, p.disability, p.veteran"
          + " from (select a.participant_id, h.code as hub, h.oblast_code as oblast, "
          + RAION
          + " as raion, "
          + MONTH
          + " as period, st.topic_code, min(s.session_date) as first_date"
          + FigureDao.SESSIONS
          + " join session_topic st on st.session_id = s.id"
          + " join attendee a on a.session_id = s.id "
          + FigureDao.IN_SCOPE
          + " and a.participant_id is not null"
          + " group by a.participant_id, h.code, h.oblast_code, "
          + RAION
          + ", "
          + MONTH
          + ", st.topic_code) f join participant p on p.id = f.participant_id"
          + " order by f.participant_id, f.period, f.first_date";

  private final Map<Slice, Map<String, Tally>> slices = new EnumMap<>(Slice.class);

  private ScopeFigures() {
    for (Slice slice : Slice.values()) {
      slices.put(slice, new HashMap<>());
    }
  }

  /** Every slice of {@code scope}. */
  static ScopeFigures read(Handle handle, ReportScope scope) {
    ScopeFigures figures = new ScopeFigures();
    each(
        handle,
        BY_HUB_AND_MONTH,
        scope,
        rs -> {
          figures.tally(Slice.WHOLE, Slice.WHOLE_KEY).addSessions(rs);
          figures.tally(Slice.MONTH, rs.getString("period")).addSessions(rs);
          figures.tally(Slice.OBLAST, rs.getString("oblast")).addSessions(rs);
          figures.tally(Slice.RAION, rs.getString("raion")).addSessions(rs);
          figures.tally(Slice.HUB, rs.getString("hub")).addSessions(rs);
        },
        0);
    each(
        handle,
        BY_TOPIC,
        scope,
        rs -> figures.tally(Slice.TOPIC, rs.getString("topic")).addSessions(rs),
        0);
    People people = figures.new People();
    each(handle, PEOPLE, scope, people::add, SessionLines.FETCH_SIZE);
    return figures;
  }

  /**
   * The whole scope only, as the previous quarter's comparison needs it: one sum and one pass over
   * its people, neither grouped by hub or month nor sorted, so about half the work of {@link
   * #read}.
   */
  static ScopeFigures readWhole(Handle handle, ReportScope scope) {
    ScopeFigures figures = new ScopeFigures();
    Tally whole = figures.tally(Slice.WHOLE, Slice.WHOLE_KEY);
    each(handle, WHOLE, scope, whole::addSessions, 0);
    each(handle, PEOPLE_WHOLE, scope, whole::addPerson, SessionLines.FETCH_SIZE);
    return figures;
  }

  FigureTable table(Slice slice) {
    Map<String, Figures> figures = new HashMap<>();
    slices.get(slice).forEach((key, tally) -> figures.put(key, tally.figures()));
    return new FigureTable(figures);
  }

  private Tally tally(Slice slice, String key) {
    return slices.get(slice).computeIfAbsent(key, k -> new Tally());
  }

  /**
   * Counts the rows of {@link #PEOPLE}: a person once in the whole scope, their oblast and hub (at
   * their first session of the scope, their first row), once in every month they came (at the
   * month's first row) and once in every topic (at its first row: rows come in date order).
   */
  private final class People {
    private UUID person;
    private String month;
    private final Set<String> topics = new HashSet<>();

    void add(ResultSet rs) throws SQLException {
      UUID participant = rs.getObject("participant_id", UUID.class);
      String hisMonth = rs.getString("period");
      if (!participant.equals(person)) {
        person = participant;
        month = null;
        topics.clear();
        tally(Slice.WHOLE, Slice.WHOLE_KEY).addPerson(rs);
        tally(Slice.OBLAST, rs.getString("oblast")).addPerson(rs);
        tally(Slice.RAION, rs.getString("raion")).addPerson(rs);
        tally(Slice.HUB, rs.getString("hub")).addPerson(rs);
      }
      if (!hisMonth.equals(month)) {
        month = hisMonth;
        tally(Slice.MONTH, hisMonth).addPerson(rs);
      }
      String topic = rs.getString("topic_code");
      if (topics.add(topic)) {
        tally(Slice.TOPIC, topic).addPerson(rs);
      }
    }
  }

  /** What is done with each row of a query. */
  private interface RowHandler {
    void handle(ResultSet row) throws SQLException;
  }

  /**
   * Hands each row of {@code sql} to {@code handler}. With a {@code fetchSize} the rows come
   * through a cursor, as the people query must (it returns rows per person, which are counted, not
   * kept); without, PostgreSQL may plan the query in parallel, which it never does for a cursor.
   */
  private static void each(
      Handle handle, String sql, ReportScope scope, RowHandler handler, int fetchSize) {
    handle
        .createQuery(sql)
        .bindMethods("scope", scope)
        .setFetchSize(fetchSize)
        .map(
            (rs, ctx) -> {
              handler.handle(rs);
              return Boolean.TRUE;
            })
        .forEach(handled -> {});
  }

  /** The figures of one slice as its rows arrive. */
  private static final class Tally {
    private long sessions;
    private long minutes;
    private final long[] attendances = new long[Headcounts.COLUMNS.size()];
    private final long[] people = new long[Headcounts.COLUMNS.size()];

    void addSessions(ResultSet rs) throws SQLException {
      sessions += rs.getLong("sessions");
      minutes += rs.getLong("minutes");
      Headcounts.read(rs, attendances);
    }

    /** One registered participant, by the register's sex and flags and their age on that day. */
    void addPerson(ResultSet rs) throws SQLException {
      int birthYear = rs.getInt("birth_year");
      Integer born = rs.wasNull() ? null : birthYear;
      AgeBand band = AgeBand.atSession(born, rs.getObject("first_date", LocalDate.class));
      people[Headcounts.index(Gender.valueOf(rs.getString("gender")), band)]++;
      people[Headcounts.IDP] += rs.getBoolean("idp") ? 1 : 0;
      people[Headcounts.IDP + 1] += rs.getBoolean("disability") ? 1 : 0;
      people[Headcounts.IDP + 2] += rs.getBoolean("veteran") ? 1 : 0;
    }

    Figures figures() {
      return new Figures(
          sessions, minutes, Headcounts.headcount(attendances), Headcounts.headcount(people));
    }
  }
}
