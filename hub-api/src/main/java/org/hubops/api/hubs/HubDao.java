package org.hubops.api.hubs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hubops.model.HubStatus;
import org.hubops.model.rest.Hub;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindList.EmptyHandling;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The hub register. */
@RegisterConstructorMapper(Hub.class)
public interface HubDao {

  String COLUMNS =
      """
      id, code, name, institution_type, settlement_code, oblast_code as oblast, raion_code,
      (select p.name from place p where p.code = hub.raion_code) as raion, hromada_code, hromada,
      settlement, settlement_type, address, opened_on, status,
      (select max(c.since) from hub_status_change c where c.hub_id = hub.id) as status_since,
      version, created_at, updated_at
      """;

  /**
   * Filters of the hub list; a null filter matches every hub. {@code visible} lists the hubs a
   * coordinator serves, and is ignored when {@code everyHub} is true; {@code within} the oblasts a
   * regional officer looks after, ignored when {@code anyOblast} is true.
   */
  String FILTER =
      """
      where (:everyHub or id in (<visible>))
        and (:anyOblast or oblast_code in (<within>))
        and (:oblast is null or oblast_code = :oblast)
        and (:status is null or status = :status)
        and (:pattern is null or lower(name) like :pattern or lower(code) like :pattern
             or lower(settlement) like :pattern or lower(hromada) like :pattern)
      """;

  @SqlQuery("select " + COLUMNS + " from hub where id = :id")
  Optional<Hub> find(UUID id);

  @SqlQuery("select " + COLUMNS + " from hub where code = :code")
  Optional<Hub> findByCode(String code);

  @SqlQuery(
      "select " + COLUMNS + " from hub " + FILTER + " order by code limit :limit offset :offset")
  List<Hub> list(
      boolean everyHub,
      @BindList(value = "visible", onEmpty = EmptyHandling.NULL_STRING) Collection<UUID> visible,
      boolean anyOblast,
      @BindList(value = "within", onEmpty = EmptyHandling.NULL_STRING) Collection<String> within,
      String oblast,
      HubStatus status,
      String pattern,
      int limit,
      int offset);

  @SqlQuery("select count(*) from hub " + FILTER)
  long count(
      boolean everyHub,
      @BindList(value = "visible", onEmpty = EmptyHandling.NULL_STRING) Collection<UUID> visible,
      boolean anyOblast,
      @BindList(value = "within", onEmpty = EmptyHandling.NULL_STRING) Collection<String> within,
      String oblast,
      HubStatus status,
      String pattern);

  @SqlQuery("select count(*) from hub where code = :code and id <> :id")
  boolean codeTakenByOther(String code, UUID id);

  @SqlUpdate(
      """
      insert into hub (id, code, name, institution_type, settlement_code, oblast_code,
                       raion_code, hromada_code, hromada, settlement, settlement_type, address,
                       opened_on, status, version, created_at, updated_at, created_by)
      values (:h.id, :h.code, :h.name, :h.institutionType, :h.settlementCode, :h.oblast,
              :h.raionCode, :h.hromadaCode, :h.hromada, :h.settlement, :h.settlementType,
              :h.address, :h.openedOn, :h.status, 1, :now, :now, :actor)
      """)
  void insert(@BindMethods("h") Hub hub, Instant now, String actor);

  /** Returns 0 when the version is stale (or the hub is gone). */
  @SqlUpdate(
      """
      update hub set code = :h.code, name = :h.name, institution_type = :h.institutionType,
                     settlement_code = :h.settlementCode, oblast_code = :h.oblast,
                     raion_code = :h.raionCode, hromada_code = :h.hromadaCode,
                     hromada = :h.hromada, settlement = :h.settlement,
                     settlement_type = :h.settlementType, address = :h.address,
                     opened_on = :h.openedOn, status = :h.status, version = version + 1,
                     updated_at = :now
      where id = :h.id and version = :h.version
      """)
  int update(@BindMethods("h") Hub hub, Instant now);

  /** One change of a hub's status, kept so past periods count the hubs active then. */
  @SqlUpdate(
      """
      insert into hub_status_change (id, hub_id, status, since, recorded_at, recorded_by)
      values (:id, :hubId, :status, :since, :now, :actor)
      """)
  void recordStatus(
      UUID id, UUID hubId, HubStatus status, LocalDate since, Instant now, String actor);

  /** A hub's two latest status changes, the present one first. */
  @SqlQuery(
      """
      select id, since from hub_status_change where hub_id = :hubId
      order by since desc, recorded_at desc fetch first 2 rows only
      """)
  @RegisterConstructorMapper(StatusRow.class)
  List<StatusRow> latestStatuses(UUID hubId);

  /** Corrects the date of one change. */
  @SqlUpdate("update hub_status_change set since = :since where id = :id")
  void redateStatus(UUID id, LocalDate since);

  record StatusRow(UUID id, LocalDate since) {}
}
