package org.hubops.api.privacy;

import java.util.List;
import java.util.UUID;
import org.hubops.model.rest.SubjectAccess.Attendance;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The sessions one person attended, read for their copy of their data only. It reads the sessions
 * feature's tables directly: a read-only join that no session rule governs.
 */
@RegisterConstructorMapper(Attendance.class)
interface SubjectAccessDao {

  @SqlQuery(
      """
      select s.id as session_id, s.session_date as date, s.start_time, s.kind, s.title,
             a.gender, a.age_band, a.idp, a.disability, a.veteran
      from attendee a join session s on s.id = a.session_id
      where a.participant_id = :participantId and s.hub_id = :hubId and s.deleted_at is null
      order by s.session_date, s.start_time, s.id
      """)
  List<Attendance> attendances(UUID hubId, UUID participantId);
}
