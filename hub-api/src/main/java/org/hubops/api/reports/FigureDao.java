package org.hubops.api.reports;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * What the report queries share: the sessions of a {@link ReportScope} (deleted sessions are left
 * out everywhere), and the count of hubs that were active and reporting.
 */
interface FigureDao {

  /** The sessions of the scope and their hubs. */
  String SESSIONS = " from session s join hub h on h.id = s.hub_id ";

  String IN_SCOPE =
      """
      where s.deleted_at is null
        and s.session_date >= :scope.from and s.session_date <= :scope.to
        and (cast(:scope.oblast as varchar(8)) is null or h.oblast_code = :scope.oblast)
        and (cast(:scope.hub as varchar(16)) is null or h.code = :scope.hub)
      """;

  /** Active hubs in one slice, and how many of them logged a session. */
  record HubCount(String slice, int active, int reporting) {}

  /** Active hubs of the scope, whole or by oblast, and those of them that logged a session. */
  @SqlQuery(
      """
      select <key> as slice, count(*) as active, count(r.hub_id) as reporting
      from hub h
      left join (select distinct s.hub_id from session s
                 where s.deleted_at is null
                   and s.session_date >= :scope.from and s.session_date <= :scope.to) r
             on r.hub_id = h.id
      where """
          + ActiveHubs.IN_PERIOD
          + """
        and (cast(:scope.oblast as varchar(8)) is null or h.oblast_code = :scope.oblast)
        and (cast(:scope.hub as varchar(16)) is null or h.code = :scope.hub)
      <groupBy>
      """)
  @RegisterConstructorMapper(HubCount.class)
  List<HubCount> hubCounts(
      @Define("key") String key,
      @Define("groupBy") String groupBy,
      @BindMethods("scope") ReportScope scope);

  /** Only the whole, oblasts and raions apply: hubs have no month or topic. */
  default List<HubCount> hubCounts(Slice slice, ReportScope scope) {
    if (slice != Slice.WHOLE && slice != Slice.OBLAST && slice != Slice.RAION) {
      throw new IllegalArgumentException("hubs are not counted by " + slice);
    }
    return hubCounts(slice.key(), slice.groupBy(), scope);
  }
}
