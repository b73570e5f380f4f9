package org.hubops.api.equipment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.SettlementType;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The reads behind the equipment report: the items of a scope, the sessions that used them, and
 * their repairs. Deleted sessions never count.
 */
interface EquipmentUseDao {

  /**
   * The scope's oblast, funding source and hubs, over {@code e} (equipment) and {@code h} (hub).
   */
  String IN_SCOPE =
      """
        (cast(:scope.oblast as varchar(8)) is null or h.oblast_code = :scope.oblast)
        and (cast(:scope.funding as varchar(200)) is null
             or lower(e.funding_source) = lower(:scope.funding))
        and (:scope.everyHub or e.hub_id in (<hubs>))
      """;

  /**
   * The items of the scope that existed in the period: acquired (or registered) by its end, and not
   * lost or written off before it began.
   */
  String ITEMS_IN_SCOPE =
      """
      from equipment e join hub h on h.id = e.hub_id
      where coalesce(e.acquired_on, cast(e.created_at as date)) <= :scope.to
        and not (e.status in ('LOST', 'WRITTEN_OFF') and e.status_since < :scope.from)
        and
      """
          + IN_SCOPE;

  /** The sessions of the period that used an item of the scope, one row per item and session. */
  String USES =
      """
      from session_equipment se
      join session s on s.id = se.session_id
      join equipment e on e.id = se.equipment_id
      join hub h on h.id = e.hub_id
      where s.deleted_at is null
        and s.session_date >= :scope.from and s.session_date <= :scope.to
        and
      """
          + IN_SCOPE;

  /** An item of the scope and its hub. */
  record Item(
      UUID id,
      String hubCode,
      String hubName,
      String hubOblast,
      SettlementType hubSettlement,
      String inventoryNumber,
      EquipmentCategory category,
      String model,
      String serialNumber,
      String fundingSource,
      LocalDate acquiredOn,
      EquipmentStatus status,
      LocalDate statusSince,
      LocalDate lastCheckedOn,
      LocalDate registeredOn) {

    /** The item as it stood on a past day: its status then, and its last check by then. */
    Item asOf(EquipmentStatus then, LocalDate thenSince, LocalDate checkedBy) {
      return new Item(
          id,
          hubCode,
          hubName,
          hubOblast,
          hubSettlement,
          inventoryNumber,
          category,
          model,
          serialNumber,
          fundingSource,
          acquiredOn,
          then,
          thenSince,
          checkedBy,
          registeredOn);
    }

    /** The day its next check is counted from: its last check, else when it came. */
    LocalDate countedFrom() {
      return lastCheckedOn == null ? registeredOn : lastCheckedOn;
    }
  }

  /** An item's status on a past day and the day it began, from its history. */
  record PastStatus(UUID equipmentId, EquipmentStatus status, LocalDate since) {}

  /** The last day an item was checked on or before a past day. */
  record PastCheck(UUID equipmentId, LocalDate checkedOn) {}

  /** The use of one item, or of one group of items, each session counted once. */
  record Use(String slice, long sessions, long minutes, long attendances) {}

  /** One item used in one session: what {@link #sessionUses} answers. */
  record SessionUse(
      UUID sessionId,
      UUID equipmentId,
      String hubCode,
      String oblastCode,
      String category,
      String funding,
      long minutes,
      long attendances) {}

  /**
   * The sessions of some months that used one set of items ({@code items}: their ids, separated by
   * {@code ;}), kept per hub and month on write ({@code figure_equipment_month}, migration 081).
   */
  record KeptUse(String items, long sessions, long minutes, long attendances) {}

  /** An item's keys in the groups {@link UseTally} counts it in. */
  record ItemKeys(UUID id, String hubCode, String oblastCode, String category, String funding) {}

  /** A repair's days, the open end left null. */
  record RepairSpan(UUID equipmentId, LocalDate openedOn, LocalDate closedOn) {}

  @SqlQuery(
      """
      select e.id, h.code as hub_code, h.name as hub_name, h.oblast_code as hub_oblast,
             h.settlement_type as hub_settlement, e.inventory_number, e.category, e.model,
             e.serial_number, e.funding_source, e.acquired_on, e.status, e.status_since,
             e.last_checked_on, coalesce(e.acquired_on, cast(e.created_at as date)) as registered_on
      """
          + ITEMS_IN_SCOPE
          + " order by h.oblast_code, h.code, e.inventory_number")
  @RegisterConstructorMapper(Item.class)
  List<Item> items(
      @BindMethods("scope") EquipmentScope scope, @BindList(value = "hubs") Collection<UUID> hubs);

  /**
   * One item's use in one session of the period, with the keys the report groups items by, in
   * session order ({@link UseTally} counts each session once per group).
   */
  @SqlQuery(
      """
      select se.session_id, se.equipment_id, h.code as hub_code, h.oblast_code, e.category,
             e.funding_source as funding, coalesce(s.duration_minutes, 0) as minutes,
             <attendees> as attendances
      """
          + USES
          + " order by se.session_id")
  @RegisterConstructorMapper(SessionUse.class)
  @FetchSize(2_000)
  Stream<SessionUse> sessionUses(
      @Define("attendees") String attendees,
      @BindMethods("scope") EquipmentScope scope,
      @BindList(value = "hubs") Collection<UUID> hubs);

  /**
   * The scope's hubs' kept use in the months from {@code :first} to {@code :last} ({@code yyyymm}),
   * one row per set of items used together; the funding filter is the caller's (by item).
   */
  @SqlQuery(
      """
      select r.items, sum(r.sessions) as sessions, sum(r.minutes) as minutes,
             sum(r.attendances) as attendances
      from figure_equipment_month r join hub h on h.id = r.hub_id
      where r.period >= :first and r.period <= :last
        and (cast(:scope.oblast as varchar(8)) is null or h.oblast_code = :scope.oblast)
        and (:scope.everyHub or r.hub_id in (<hubs>))
      group by r.items
      """)
  @RegisterConstructorMapper(KeptUse.class)
  List<KeptUse> keptUses(
      int first,
      int last,
      @BindMethods("scope") EquipmentScope scope,
      @BindList(value = "hubs") Collection<UUID> hubs);

  /** The keys of every item of the scope, whenever it came or went. */
  @SqlQuery(
      """
      select e.id, h.code as hub_code, h.oblast_code, e.category, e.funding_source as funding
      from equipment e join hub h on h.id = e.hub_id
      where
      """
          + IN_SCOPE)
  @RegisterConstructorMapper(ItemKeys.class)
  List<ItemKeys> itemKeys(
      @BindMethods("scope") EquipmentScope scope, @BindList(value = "hubs") Collection<UUID> hubs);

  /** The scope's repairs that overlap the period. */
  @SqlQuery(
      """
      select r.equipment_id, r.opened_on, r.closed_on
      from equipment_repair r join equipment e on e.id = r.equipment_id
           join hub h on h.id = e.hub_id
      where r.opened_on <= :scope.to and (r.closed_on is null or r.closed_on >= :scope.from)
        and
      """
          + IN_SCOPE)
  @RegisterConstructorMapper(RepairSpan.class)
  List<RepairSpan> repairs(
      @BindMethods("scope") EquipmentScope scope, @BindList(value = "hubs") Collection<UUID> hubs);

  /**
   * The status each item of the scope had at the end of {@code asOf}: the latest event of its
   * history dated then or before.
   */
  @SqlQuery(
      """
      select p.equipment_id, p.to_status as status, p.event_date as since
      from (select ev.equipment_id, ev.to_status, ev.event_date,
                   row_number() over (partition by ev.equipment_id
                                      order by ev.event_date desc, ev.recorded_at desc, ev.id desc)
                     as latest
            from equipment_event ev join equipment e on e.id = ev.equipment_id
                 join hub h on h.id = e.hub_id
            where ev.event_date <= :asOf and
      """
          + IN_SCOPE
          + """
           ) p
      where p.latest = 1
      """)
  @RegisterConstructorMapper(PastStatus.class)
  List<PastStatus> statusesAsOf(
      LocalDate asOf,
      @BindMethods("scope") EquipmentScope scope,
      @BindList(value = "hubs") Collection<UUID> hubs);

  /** Each checked item's last check on or before {@code asOf}. */
  @SqlQuery(
      """
      select c.equipment_id, max(c.check_date) as checked_on
      from equipment_check c join equipment e on e.id = c.equipment_id
           join hub h on h.id = e.hub_id
      where c.check_date <= :asOf and
      """
          + IN_SCOPE
          + " group by c.equipment_id")
  @RegisterConstructorMapper(PastCheck.class)
  List<PastCheck> checksAsOf(
      LocalDate asOf,
      @BindMethods("scope") EquipmentScope scope,
      @BindList(value = "hubs") Collection<UUID> hubs);
}
