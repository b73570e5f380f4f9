package org.hubops.api.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hubops.model.rest.ApiToken;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** API tokens and login sessions, stored and found only by the SHA-256 of their secret. */
@RegisterConstructorMapper(ApiToken.class)
@RegisterConstructorMapper(CredentialRow.class)
interface CredentialDao {

  @SqlUpdate(
      """
      insert into api_token (id, account_id, label, token_hash, created_at, created_by)
      values (:t.id, :accountId, :t.label, :tokenHash, :t.createdAt, :actor)
      """)
  void insertToken(
      UUID accountId, @BindMethods("t") ApiToken token, String tokenHash, String actor);

  @SqlQuery(
      """
      select id, label, created_at, last_used_at from api_token
      where account_id = :accountId and revoked_at is null order by created_at, id
      """)
  List<ApiToken> tokensOf(UUID accountId);

  @SqlUpdate(
      """
      update api_token set revoked_at = :now
      where id = :id and account_id = :accountId and revoked_at is null
      """)
  int revoke(UUID id, UUID accountId, Instant now);

  @SqlQuery(
      """
      select a.id as account_id, a.username, a.display_name, a.role, t.id as credential_id,
             t.last_used_at
      from api_token t join account a on a.id = t.account_id
      where t.token_hash = :tokenHash and t.revoked_at is null and a.active = true
      """)
  Optional<CredentialRow> byToken(String tokenHash);

  /** Written at most once a minute per token, so reads stay reads. */
  @SqlUpdate(
      """
      update api_token set last_used_at = :now
      where id = :id and (last_used_at is null or last_used_at < :staleBefore)
      """)
  void touch(UUID id, Instant now, Instant staleBefore);

  @SqlUpdate(
      """
      insert into login_session (id_hash, account_id, created_at, expires_at, last_seen_at,
                                 remembered)
      values (:idHash, :accountId, :now, :expiresAt, :now, :remembered)
      """)
  void insertSession(
      String idHash, UUID accountId, Instant now, Instant expiresAt, boolean remembered);

  @SqlQuery(
      """
      select a.id as account_id, a.username, a.display_name, a.role,
             cast(null as uuid) as credential_id, s.last_seen_at as last_used_at
      from login_session s join account a on a.id = s.account_id
      where s.id_hash = :idHash and s.expires_at > :now and a.active = true
        and (s.remembered or s.last_seen_at > :idleSince)
      """)
  Optional<CredentialRow> bySession(String idHash, Instant now, Instant idleSince);

  /** Notes that a login was used now, unless that was noted since {@code since} already. */
  @SqlUpdate(
      "update login_session set last_seen_at = :now"
          + " where id_hash = :idHash and last_seen_at < :since")
  void touchSession(String idHash, Instant now, Instant since);

  @SqlUpdate("delete from login_session where id_hash = :idHash")
  void deleteSession(String idHash);

  @SqlUpdate("delete from login_session where expires_at <= :now")
  void deleteExpiredSessions(Instant now);

  /** Ends every browser session of an account, as a password change or deactivation must. */
  @SqlUpdate("delete from login_session where account_id = :accountId")
  void deleteSessionsOf(UUID accountId);

  @SqlQuery("select hub_id from account_hub where account_id = :accountId")
  List<UUID> hubsOf(UUID accountId);

  @SqlQuery("select oblast_code from account_oblast where account_id = :accountId")
  List<String> oblastsOf(UUID accountId);
}
