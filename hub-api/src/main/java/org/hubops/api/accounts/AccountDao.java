package org.hubops.api.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Accounts, the hubs coordinators serve and the oblasts regional officers look after. */
@RegisterConstructorMapper(AccountRow.class)
@RegisterConstructorMapper(AccountHub.class)
@RegisterConstructorMapper(AccountOblast.class)
interface AccountDao {

  String COLUMNS =
      """
      id, username, display_name, email, role, password_hash, active, version, created_at, updated_at
      """;

  @SqlQuery("select " + COLUMNS + " from account where username = :username")
  Optional<AccountRow> findByUsername(String username);

  @SqlQuery("select " + COLUMNS + " from account order by username limit :limit offset :offset")
  List<AccountRow> list(int limit, int offset);

  @SqlQuery("select count(*) from account")
  long count();

  @SqlQuery("select count(*) from account where role = 'ADMIN' and active = true and id <> :id")
  long otherActiveAdmins(UUID id);

  @SqlQuery(
      "select account_id, hub_id from account_hub where account_id in (<ids>) order by hub_id")
  List<AccountHub> hubsOf(@BindList("ids") Collection<UUID> accountIds);

  @SqlQuery(
      """
      select account_id, oblast_code from account_oblast where account_id in (<ids>)
      order by oblast_code
      """)
  List<AccountOblast> oblastsOf(@BindList("ids") Collection<UUID> accountIds);

  @SqlQuery("select code from oblast where code in (<codes>)")
  Set<String> existingOblasts(@BindList("codes") Collection<String> codes);

  @SqlBatch("insert into account_oblast (account_id, oblast_code) values (:accountId, :oblast)")
  void insertOblasts(@Bind("accountId") UUID accountId, @Bind("oblast") List<String> oblasts);

  @SqlUpdate("delete from account_oblast where account_id = :accountId")
  void deleteOblasts(UUID accountId);

  @SqlQuery("select id from hub where id in (<ids>)")
  Set<UUID> existingHubs(@BindList("ids") Collection<UUID> hubIds);

  @SqlUpdate(
      """
      insert into account (id, username, display_name, email, role, password_hash, active,
                           version, created_at, updated_at, created_by)
      values (:a.id, :a.username, :a.displayName, :a.email, :a.role, :a.passwordHash, :a.active, 1,
              :now, :now, :actor)
      """)
  void insert(@BindMethods("a") AccountRow account, Instant now, String actor);

  /** Returns 0 when the version is stale. */
  @SqlUpdate(
      """
      update account set display_name = :a.displayName, email = :a.email, role = :a.role,
                         password_hash = :a.passwordHash, active = :a.active,
                         version = version + 1, updated_at = :now
      where id = :a.id and version = :a.version
      """)
  int update(@BindMethods("a") AccountRow account, Instant now);

  @SqlBatch("insert into account_hub (account_id, hub_id) values (:accountId, :hubId)")
  void insertHubs(@Bind("accountId") UUID accountId, @Bind("hubId") List<UUID> hubIds);

  @SqlUpdate("delete from account_hub where account_id = :accountId")
  void deleteHubs(UUID accountId);
}
