package org.hubops.api.cycle;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The one query every session write asks ({@link QuarterGuard}), in an interface of its own:
 * attaching a SQL Object sets up every method it declares, and {@link CycleDao} declares fourteen.
 */
interface LockDao {

  /** The locked quarters, leaving out those an admin reopened for {@code hubId}. */
  @SqlQuery(
      """
      select l.* from quarter_lock l
      where not exists (select 1 from submission s
                        where s.hub_id = :hubId and s.period_year = l.period_year
                          and s.period_quarter = l.period_quarter and s.state = 'REOPENED')
      """)
  @RegisterConstructorMapper(CycleDao.LockRow.class)
  List<CycleDao.LockRow> locksBinding(UUID hubId);
}
