package org.hubops.api.reminders;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The coordinators to remind, and the reminders already sent. */
interface ReminderDao {

  /** An active coordinator of a hub, with the e-mail they may have. */
  record CoordinatorOfHub(
      String hubCode, UUID accountId, String username, String displayName, String email) {}

  /** Every hub's active coordinators, read once rather than once per missing hub. */
  @SqlQuery(
      """
      select h.code as hub_code, a.id as account_id, a.username, a.display_name, a.email
      from account a
      join account_hub ah on ah.account_id = a.id
      join hub h on h.id = ah.hub_id
      where a.active and a.role = 'COORDINATOR'
      order by h.code, a.username
      """)
  @RegisterConstructorMapper(CoordinatorOfHub.class)
  List<CoordinatorOfHub> coordinators();

  @SqlQuery(
      """
      select account_id from reminder_sent
      where period_year = :year and period_quarter = :quarter
      """)
  Set<UUID> reminded(int year, int quarter);

  /**
   * Claims the coordinator's reminder of the quarter before it is sent: the primary key lets only
   * one claim through, whichever instance of the service makes it.
   */
  @SqlUpdate(
      """
      insert into reminder_sent (account_id, period_year, period_quarter, email, hub_codes, sent_at)
      values (:accountId, :year, :quarter, :email, :hubCodes, :now)
      """)
  void claim(UUID accountId, int year, int quarter, String email, String hubCodes, Instant now);

  /** Gives a claim back when the SMTP server refused the message, so that a later run retries. */
  @SqlUpdate(
      """
      delete from reminder_sent
      where account_id = :accountId and period_year = :year and period_quarter = :quarter
      """)
  void release(UUID accountId, int year, int quarter);
}
