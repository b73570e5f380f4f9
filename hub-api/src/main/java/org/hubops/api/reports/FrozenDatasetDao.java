package org.hubops.api.reports;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The datasets of locked quarters, as JSON, by scope ('' for the country, else an oblast), each
 * with its glance (migration 078).
 */
interface FrozenDatasetDao {

  @SqlQuery(
      "select dataset_json from frozen_dataset"
          + " where period_year = :year and period_quarter = :quarter and scope = :scope")
  Optional<String> find(int year, int quarter, String scope);

  /** The frozen glance; empty text for a quarter frozen before glances were. */
  @SqlQuery(
      "select coalesce(glance_json, '') from frozen_dataset"
          + " where period_year = :year and period_quarter = :quarter and scope = :scope")
  Optional<String> findGlance(int year, int quarter, String scope);

  @SqlUpdate(
      "insert into frozen_dataset (period_year, period_quarter, scope, dataset_json, glance_json)"
          + " values (:year, :quarter, :scope, :json, :glance)")
  void insert(int year, int quarter, String scope, String json, String glance);

  @SqlUpdate("delete from frozen_dataset where period_year = :year and period_quarter = :quarter")
  void deleteAll(int year, int quarter);
}
