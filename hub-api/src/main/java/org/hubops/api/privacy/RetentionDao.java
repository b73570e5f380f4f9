package org.hubops.api.privacy;

import java.time.LocalDate;
import java.util.List;
import org.hubops.model.rest.RetentionDue;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Who still has a name or phone kept although they last came before the cutoff. */
@RegisterConstructorMapper(RetentionDue.class)
interface RetentionDao {

  /**
   * A person's last contact is their last attendance of a session not deleted, or, for someone who
   * never attended, the day they were registered. One grouped read over the attendee index, never a
   * query per person.
   */
  @SqlQuery(
      """
      select h.code as hub_code, h.id as hub_id, p.code as participant_code,
             p.id as participant_id,
             coalesce(max(s.session_date), cast(p.created_at as date)) as last_attendance
      from participant p
      join hub h on h.id = p.hub_id
      left join attendee a on a.participant_id = p.id
      left join session s on s.id = a.session_id and s.deleted_at is null
      where p.full_name is not null or p.phone is not null
      group by h.code, h.id, p.code, p.id, p.created_at
      having coalesce(max(s.session_date), cast(p.created_at as date)) < :cutoff
      order by h.code, p.code
      """)
  List<RetentionDue> due(LocalDate cutoff);
}
