package org.hubops.api.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.SessionKind;
import org.hubops.model.SettlementType;
import org.hubops.model.report.DataIssue;
import org.hubops.model.report.EquipmentCount;
import org.hubops.model.report.EquipmentItem;
import org.hubops.model.report.HubRef;
import org.hubops.model.report.SessionIssue;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Row mappers for report rows that carry a hub ({@link FigureDao#HUB_COLUMNS}), reading columns by
 * the names the queries give them, so a query and its mapper can be checked against each other at a
 * glance. Public only because JDBI instantiates the mappers reflectively.
 */
public final class ReportRows {

  private ReportRows() {}

  static HubRef hub(ResultSet rs) throws SQLException {
    return new HubRef(
        rs.getString("hub_code"),
        rs.getString("hub_name"),
        rs.getString("hub_oblast"),
        SettlementType.valueOf(rs.getString("hub_settlement")));
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  public static final class Hubs implements RowMapper<HubRef> {
    @Override
    public HubRef map(ResultSet rs, StatementContext ctx) throws SQLException {
      return hub(rs);
    }
  }

  public static final class Issues implements RowMapper<SessionIssue> {
    @Override
    public SessionIssue map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new SessionIssue(
          DataIssue.valueOf(rs.getString("issue").trim()),
          date(rs, "session_date"),
          hub(rs),
          SessionKind.valueOf(rs.getString("kind")),
          instant(rs, "created_at"));
    }
  }

  public static final class Counts implements RowMapper<EquipmentCount> {
    @Override
    public EquipmentCount map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new EquipmentCount(
          hub(rs),
          EquipmentCategory.valueOf(rs.getString("category")),
          EquipmentStatus.valueOf(rs.getString("status")),
          rs.getLong("items"));
    }
  }

  public static final class Items implements RowMapper<EquipmentItem> {
    @Override
    public EquipmentItem map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new EquipmentItem(
          hub(rs),
          rs.getString("inventory_number"),
          EquipmentCategory.valueOf(rs.getString("category")),
          rs.getString("model"),
          rs.getString("serial_number"),
          rs.getString("funding_source"),
          date(rs, "acquired_on"),
          EquipmentStatus.valueOf(rs.getString("status")),
          date(rs, "status_since"),
          date(rs, "last_checked_on"));
    }
  }
}
