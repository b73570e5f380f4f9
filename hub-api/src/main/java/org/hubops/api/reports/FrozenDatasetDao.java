package org.hubops.api.reports;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/**
 * The datasets of locked quarters, as JSON, by scope ('' for the country, else an oblast), each
 * with its glance (migration 078).
 */
interface FrozenDatasetDao {

  @SqlQuery(
      "select dataset_json from frozen_dataset"
          + " where period_year = :year and period_quarter = :quarter and scope = :scope")
  Optional<String> find(int year, int quarter, String scope);

  /**
   * The frozen JSON as the UTF-8 it is stored in, not decoded into a string of tens of megabytes to
   * be encoded again on its way out.
   */
  @SqlQuery(
      "select dataset_json from frozen_dataset"
          + " where period_year = :year and period_quarter = :quarter and scope = :scope")
  @UseRowMapper(Utf8Text.class)
  Optional<byte[]> findUtf8(int year, int quarter, String scope);

  /**
   * A text column's UTF-8: PostgreSQL's driver hands over the bytes it received; H2 keeps a long
   * text as a CLOB, read as text.
   */
  final class Utf8Text implements RowMapper<byte[]> {
    @Override
    public byte[] map(ResultSet rs, StatementContext ctx) throws SQLException {
      return rs.getMetaData().getColumnType(1) == Types.CLOB
          ? rs.getString(1).getBytes(StandardCharsets.UTF_8)
          : rs.getBytes(1);
    }
  }

  /** The frozen glance; empty text for a quarter frozen before glances were. */
  @SqlQuery(
      "select coalesce(glance_json, '') from frozen_dataset"
          + " where period_year = :year and period_quarter = :quarter and scope = :scope")
  Optional<String> findGlance(int year, int quarter, String scope);

  /** Which freeze the dataset is, if it is frozen: a copy of that freeze is the one stored. */
  @SqlQuery(
      "select freeze_id from frozen_dataset"
          + " where period_year = :year and period_quarter = :quarter and scope = :scope")
  Optional<UUID> freezeId(int year, int quarter, String scope);

  @SqlUpdate(
      "insert into frozen_dataset"
          + " (period_year, period_quarter, scope, dataset_json, glance_json, freeze_id)"
          + " values (:year, :quarter, :scope, :json, :glance, :freezeId)")
  void insert(int year, int quarter, String scope, String json, String glance, UUID freezeId);

  @SqlUpdate("delete from frozen_dataset where period_year = :year and period_quarter = :quarter")
  void deleteAll(int year, int quarter);
}
