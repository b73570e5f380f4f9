package org.hubops.api.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hubops.model.NilReason;
import org.hubops.model.Quarter;
import org.hubops.model.SubmissionState;
import org.hubops.model.rest.Submission;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A submission row with its hub's code, name and oblast. Public because JDBI makes it. */
public final class SubmissionMapper implements RowMapper<Submission> {

  @Override
  public Submission map(ResultSet rs, StatementContext ctx) throws SQLException {
    String reason = rs.getString("nil_reason");
    return new Submission(
        rs.getObject("hub_id", UUID.class),
        rs.getString("hub_code"),
        rs.getString("hub_name"),
        rs.getString("hub_oblast"),
        Quarter.of(rs.getInt("period_year"), rs.getInt("period_quarter")),
        SubmissionState.valueOf(rs.getString("state")),
        rs.getBoolean("nil"),
        reason == null ? null : NilReason.valueOf(reason),
        rs.getString("note"),
        rs.getInt("sessions"),
        rs.getInt("attendances"),
        instant(rs, "submitted_at"),
        rs.getString("submitted_by"),
        rs.getBoolean("on_time"),
        instant(rs, "reviewed_at"),
        rs.getString("reviewed_by"),
        rs.getString("review_comment"),
        rs.getLong("version"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
