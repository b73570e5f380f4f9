package org.hubops.api.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.report.SessionLine;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The session detail of a report, one row per session with its attendees counted by sex and age
 * band (the session's {@link Headcounts}), read through a cursor. A national quarter is 300,000
 * sessions, so the lines are never collected: callers consume the iterator while the handle's
 * transaction is open (PostgreSQL streams only with auto-commit off and a fetch size) and then
 * close it.
 */
final class SessionLines {

  /** Rows fetched per round trip: small enough for little memory, big enough for few trips. */
  static final int FETCH_SIZE = 1_000;

  private static final String SQL =
      """
          select s.session_date, s.kind, s.format, s.duration_minutes, s.created_at, <hubColumns>,
                 <counts>,
                 (select string_agg(st.topic_code, ';' order by st.topic_code)
                  from session_topic st where st.session_id = s.id) as topics
          from session s
          join hub h on h.id = s.hub_id
          where <sessionsInScope>
          order by s.session_date, h.code, s.start_time, s.id
          """;

  private SessionLines() {}

  static ResultIterator<SessionLine> stream(Handle handle, ReportScope scope) {
    return FigureDao.defineFragments(handle)
        .createQuery(SQL)
        .define("counts", Headcounts.select("s"))
        .bindMethods("scope", scope)
        .setFetchSize(FETCH_SIZE)
        .map(new Mapper())
        .iterator();
  }

  private static final class Mapper implements RowMapper<SessionLine> {
    @Override
    public SessionLine map(ResultSet rs, StatementContext ctx) throws SQLException {
      long[] people = new long[Headcounts.COLUMNS.size()];
      Headcounts.read(rs, people);
      String topics = rs.getString("topics");
      return new SessionLine(
          ReportRows.date(rs, "session_date"),
          ReportRows.hub(rs),
          SessionKind.valueOf(rs.getString("kind")),
          SessionFormat.valueOf(rs.getString("format")),
          topics == null ? List.of() : List.of(topics.split(";")),
          rs.getInt("duration_minutes"),
          Headcounts.headcount(people),
          ReportRows.instant(rs, "created_at"));
    }
  }
}
