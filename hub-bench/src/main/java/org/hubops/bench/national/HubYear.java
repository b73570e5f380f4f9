package org.hubops.bench.national;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hubops.api.reports.Headcounts;
import org.hubops.model.AgeBand;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Gender;
import org.hubops.model.HubStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.rest.Attendee;

/**
 * A generated hub's year: its register of participants, its equipment with history, and its
 * sessions with topics and attendees. Each part is drawn from its own stream, so a pass that writes
 * one table draws only what that table needs and still agrees with the passes before it.
 */
final class HubYear {

  static final String GENERATOR = "generator";

  private static final long PARTICIPANTS = 1;
  private static final long EQUIPMENT = 2;
  private static final long SESSIONS = 3;
  private static final long SESSION_EQUIPMENT = 4;

  private static final Gender[] GENDERS = Gender.values();
  private static final int[] GENDER_SHARES = {62, 36, 2};
  private static final AgeBand[] BANDS = AgeBand.values();
  private static final int[] BAND_SHARES = {8, 10, 13, 15, 17, 20, 14, 3};

  private static final SessionKind[] KINDS = SessionKind.values();
  private static final int[] KIND_SHARES = {45, 30, 15, 10};
  private static final SessionFormat[] FORMATS = SessionFormat.values();
  private static final int[] FORMAT_SHARES = {85, 10, 5};
  private static final Integer[] DURATIONS = {45, 60, 90, 120};

  private static final EquipmentCategory[] CATEGORIES = EquipmentCategory.values();
  private static final int[] CATEGORY_SHARES = {40, 10, 20, 8, 8, 8, 4, 2};
  private static final EquipmentStatus[] STATUSES = EquipmentStatus.values();
  private static final int[] STATUS_SHARES = {85, 5, 5, 1, 4};

  private static final String[] TITLES = {
    "Дія: державні послуги онлайн",
    "Смартфон для початківців",
    "Безпека в інтернеті",
    "Онлайн-банкінг",
    "Пошук роботи онлайн",
    "Відеозв'язок з рідними",
    null,
    null
  };
  private static final String[] FIRST_NAMES = {
    "Олена",
    "Ірина",
    "Наталія",
    "Оксана",
    "Тетяна",
    "Марія",
    "Андрій",
    "Олександр",
    "Сергій",
    "Микола"
  };
  private static final String[] LAST_NAMES = {
    "Коваленко", "Бондаренко", "Шевченко", "Ткаченко", "Кравченко", "Мельник", "Бойко", "Олійник"
  };

  private final NationalHub hub;
  private final long seed;
  private final int year;
  private final List<String> topics;

  HubYear(NationalHub hub, long seed, int year, List<String> topics) {
    this.hub = hub;
    this.seed = seed;
    this.year = year;
    this.topics = topics;
  }

  /** A registered participant, as the attendee rows that name them need them. */
  private record Person(
      UUID id,
      Gender gender,
      Integer birthYear,
      boolean idp,
      boolean disability,
      boolean veteran) {}

  void write(Table table, RowSink sink, Tally tally) throws SQLException {
    switch (table) {
      case HUB -> writeHub(sink);
      case HUB_STATUS_CHANGE -> writeStatusHistory(sink);
      case PARTICIPANT -> participants(sink);
      case EQUIPMENT, EQUIPMENT_EVENT, EQUIPMENT_CHECK, EQUIPMENT_REPAIR ->
          writeEquipment(table, sink);
      case SESSION, SESSION_TOPIC, SESSION_EQUIPMENT, ATTENDEE -> writeSessions(table, sink, tally);
    }
  }

  private void writeHub(RowSink sink) throws SQLException {
    Instant created = startOf(hub.openedOn());
    sink.row(
        hub.id(),
        hub.code(),
        hub.name(),
        hub.institutionType().name(),
        hub.settlementCode(),
        hub.oblast().code,
        hub.raionCode(),
        hub.hromadaCode(),
        hub.hromada(),
        hub.settlement(),
        hub.settlementType().name(),
        null,
        hub.openedOn(),
        hub.status().name(),
        1L,
        created,
        created,
        GENERATOR);
  }

  /**
   * Active from its opening; a hub suspended or closed in the year is so from the first day of the
   * quarter it fell silent, so a quarter expects it exactly while it logged.
   */
  private void writeStatusHistory(RowSink sink) throws SQLException {
    sink.row(
        UUID.nameUUIDFromBytes((hub.id() + "opened").getBytes(StandardCharsets.UTF_8)),
        hub.id(),
        HubStatus.ACTIVE.name(),
        hub.openedOn(),
        startOf(hub.openedOn()),
        GENERATOR);
    if (hub.status() != HubStatus.ACTIVE) {
      int quarter = 4;
      while (quarter > 1 && hub.silentIn(quarter - 1)) {
        quarter--;
      }
      LocalDate since = LocalDate.of(year, 3 * quarter - 2, 1);
      sink.row(
          UUID.nameUUIDFromBytes((hub.id() + "stopped").getBytes(StandardCharsets.UTF_8)),
          hub.id(),
          hub.status().name(),
          since,
          startOf(since.plusDays(7)),
          GENERATOR);
    }
  }

  /** The hub's register; written to {@code sink} unless it is null. */
  private List<Person> participants(RowSink sink) throws SQLException {
    Draw draw = Draw.of(seed, hub.index(), PARTICIPANTS);
    List<Person> people = new ArrayList<>(hub.participants());
    Instant created = startOf(LocalDate.of(year, 1, 1));
    for (int i = 1; i <= hub.participants(); i++) {
      Person person =
          new Person(
              draw.uuid(),
              draw.of(GENDERS, GENDER_SHARES),
              draw.chance(0.95) ? year - draw.between(12, 88) : null,
              draw.chance(0.12),
              draw.chance(0.07),
              draw.chance(0.04));
      boolean consent = draw.chance(0.8);
      String name = draw.any(FIRST_NAMES) + " " + draw.any(LAST_NAMES);
      String phone = "+38067" + (1_000_000 + draw.below(9_000_000));
      people.add(person);
      if (sink != null) {
        sink.row(
            person.id(),
            hub.id(),
            "P-" + i,
            consent ? name : null,
            consent ? phone : null,
            person.gender().name(),
            person.birthYear(),
            person.idp(),
            person.disability(),
            person.veteran(),
            consent,
            1L,
            created,
            created,
            GENERATOR);
      }
    }
    return people;
  }

  /**
   * The hub's items with their history, checks and repairs: three in four checked in the year (the
   * rest never since they came, so overdue a year on), the lost ones missed at a check, those under
   * repair with an open repair, and a few in service back from a repair closed in the year.
   */
  /** One generated item: everything drawn for it, so that every pass writes the same item. */
  private record Item(
      int number,
      UUID id,
      EquipmentCategory category,
      EquipmentStatus status,
      LocalDate acquired,
      LocalDate since,
      UUID firstEvent,
      UUID lastEvent,
      Instant recorded,
      String model,
      String serial,
      String funding,
      boolean foundCheck,
      LocalDate checkedOn,
      LocalDate lastChecked,
      UUID checkId,
      UUID missedId,
      UUID repairId,
      boolean repairedBefore,
      LocalDate repairOpened,
      LocalDate repairClosed,
      UUID awayEvent,
      UUID backEvent,
      int cost) {

    /** Whether a session on {@code day} could use it: acquired, in service, not away for repair. */
    boolean usableOn(LocalDate day) {
      boolean away = repairedBefore && !day.isBefore(repairOpened) && day.isBefore(repairClosed);
      boolean gone = status != EquipmentStatus.IN_SERVICE && !day.isBefore(since);
      return !day.isBefore(acquired) && !away && !gone;
    }
  }

  /**
   * The hub's items: three in four checked in the year (the rest never since they came, so overdue
   * a year on), the lost ones missed at a check, those under repair with an open repair, and a few
   * in service back from a repair closed in the year.
   */
  private List<Item> items() {
    Draw draw = Draw.of(seed, hub.index(), EQUIPMENT);
    LocalDate yearStart = LocalDate.of(year, 1, 1);
    List<Item> items = new ArrayList<>(hub.equipment());
    for (int i = 1; i <= hub.equipment(); i++) {
      UUID id = draw.uuid();
      EquipmentCategory category = draw.of(CATEGORIES, CATEGORY_SHARES);
      EquipmentStatus status = draw.of(STATUSES, STATUS_SHARES);
      LocalDate acquired = hub.openedOn().plusDays(draw.below(200));
      LocalDate changed = later(acquired, yearStart.plusDays(draw.below(360)));
      UUID firstEvent = draw.uuid();
      UUID lastEvent = draw.uuid();
      Instant recorded = startOf(acquired).plus(10, ChronoUnit.HOURS);
      String model = "Модель " + (1 + draw.below(20));
      String serial = "SN" + (100_000 + draw.below(900_000));
      String funding = draw.chance(0.7) ? "Програма цифрової освіти" : "Бюджет громади";
      boolean checked = draw.chance(0.75);
      LocalDate checkedOn = later(acquired, yearStart.plusDays(draw.below(330)));
      UUID checkId = draw.uuid();
      UUID missedId = draw.uuid();
      UUID repairId = draw.uuid();
      boolean repairedBefore = draw.chance(0.06) && status == EquipmentStatus.IN_SERVICE;
      LocalDate repairOpened = later(acquired, yearStart.plusDays(draw.below(300)));
      LocalDate repairClosed = repairOpened.plusDays(5 + draw.below(30));
      UUID awayEvent = draw.uuid();
      UUID backEvent = draw.uuid();
      int cost = 300 + 50 * draw.below(40);
      LocalDate since =
          status != EquipmentStatus.IN_SERVICE ? changed : repairedBefore ? repairClosed : acquired;
      boolean lost = status == EquipmentStatus.LOST;
      // A check after the item went missing would have found it missing: only one before counts.
      boolean foundCheck = checked && (!lost || checkedOn.isBefore(since));
      LocalDate lastChecked = lost ? since : foundCheck ? checkedOn : null;
      items.add(
          new Item(
              i,
              id,
              category,
              status,
              acquired,
              since,
              firstEvent,
              lastEvent,
              recorded,
              model,
              serial,
              funding,
              foundCheck,
              checkedOn,
              lastChecked,
              checkId,
              missedId,
              repairId,
              repairedBefore,
              repairOpened,
              repairClosed,
              awayEvent,
              backEvent,
              cost));
    }
    return items;
  }

  /** The hub's items with their history, checks and repairs. */
  private void writeEquipment(Table table, RowSink sink) throws SQLException {
    for (Item item : items()) {
      writeItem(table, sink, item);
    }
  }

  private void writeItem(Table table, RowSink sink, Item it) throws SQLException {
    UUID id = it.id();
    EquipmentStatus status = it.status();
    LocalDate since = it.since();
    switch (table) {
      case EQUIPMENT ->
          sink.row(
              id,
              hub.id(),
              "INV-%05d".formatted(it.number()),
              it.category().name(),
              it.model(),
              it.serial(),
              it.funding(),
              it.acquired(),
              status.name(),
              since,
              it.lastChecked(),
              null,
              1L,
              it.recorded(),
              it.recorded(),
              GENERATOR);
      case EQUIPMENT_EVENT -> {
        event(
            sink,
            it.firstEvent(),
            id,
            it.acquired(),
            null,
            EquipmentStatus.IN_SERVICE,
            it.recorded());
        if (it.repairedBefore()) {
          event(
              sink,
              it.awayEvent(),
              id,
              it.repairOpened(),
              EquipmentStatus.IN_SERVICE,
              EquipmentStatus.UNDER_REPAIR,
              null);
          event(
              sink,
              it.backEvent(),
              id,
              it.repairClosed(),
              EquipmentStatus.UNDER_REPAIR,
              EquipmentStatus.IN_SERVICE,
              null);
        }
        if (status != EquipmentStatus.IN_SERVICE) {
          event(sink, it.lastEvent(), id, since, EquipmentStatus.IN_SERVICE, status, null);
        }
      }
      case EQUIPMENT_CHECK -> {
        if (it.foundCheck()) {
          String condition =
              it.checkedOn().isBefore(since) || status == EquipmentStatus.IN_SERVICE
                  ? "WORKING"
                  : "NOT_WORKING";
          sink.row(
              it.checkId(),
              id,
              it.checkedOn(),
              true,
              condition,
              null,
              GENERATOR,
              noon(it.checkedOn()));
        }
        if (status == EquipmentStatus.LOST) {
          sink.row(it.missedId(), id, since, false, null, "Не знайдено", GENERATOR, noon(since));
        }
      }
      case EQUIPMENT_REPAIR -> {
        if (status == EquipmentStatus.UNDER_REPAIR) {
          sink.row(
              it.repairId(),
              id,
              since,
              "Не вмикається",
              GENERATOR,
              null,
              null,
              null,
              null,
              null,
              1L,
              noon(since),
              noon(since));
        } else if (it.repairedBefore()) {
          sink.row(
              it.repairId(),
              id,
              it.repairOpened(),
              "Не вмикається",
              GENERATOR,
              it.repairClosed(),
              "Замінено блок живлення",
              new java.math.BigDecimal(it.cost()),
              EquipmentStatus.IN_SERVICE.name(),
              GENERATOR,
              2L,
              noon(it.repairOpened()),
              noon(it.repairClosed()));
        }
      }
      default -> throw new IllegalArgumentException(table.name());
    }
  }

  private static void event(
      RowSink sink,
      UUID id,
      UUID item,
      LocalDate day,
      EquipmentStatus from,
      EquipmentStatus to,
      Instant recorded)
      throws SQLException {
    sink.row(
        id,
        item,
        day,
        from == null ? null : from.name(),
        to.name(),
        null,
        GENERATOR,
        recorded == null ? noon(day) : recorded);
  }

  private static Instant noon(LocalDate day) {
    return startOf(day).plus(12, ChronoUnit.HOURS);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private void writeSessions(Table table, RowSink sink, Tally tally) throws SQLException {
    List<Person> people = table == Table.SESSION_TOPIC ? List.of() : participants(null);
    List<LocalDate> days = activeDays();
    Draw draw = Draw.of(seed, hub.index(), SESSIONS);
    // A stream of its own, read only on the pass that writes session equipment.
    Draw uses = Draw.of(seed, hub.index(), SESSION_EQUIPMENT);
    List<Item> items = table == Table.SESSION_EQUIPMENT ? items() : List.of();
    for (int i = 0; i < hub.sessions() && !days.isEmpty(); i++) {
      UUID id = draw.uuid();
      LocalDate date = day(draw, days);
      LocalTime start = LocalTime.of(9 + draw.below(9), draw.chance(0.5) ? 0 : 30);
      SessionKind kind = draw.of(KINDS, KIND_SHARES);
      int duration = draw.any(DURATIONS);
      Instant created = entered(draw, date, start, duration);
      boolean deleted = draw.chance(0.003);
      String topic = topics.get(Math.min(draw.below(topics.size()), draw.below(topics.size())));
      String second = draw.chance(0.2) ? topics.get(draw.below(topics.size())) : topic;
      SessionFormat format = draw.of(FORMATS, FORMAT_SHARES);
      String title = draw.any(TITLES);
      switch (table) {
        case SESSION -> {
          Object[] row = new Object[Table.SESSION.columns.size()];
          Object[] fields = {
            id,
            hub.id(),
            date,
            start,
            duration,
            kind.name(),
            format.name(),
            title,
            null,
            null,
            1L,
            created,
            created,
            GENERATOR,
            deleted ? created.plus(1, ChronoUnit.DAYS) : null
          };
          System.arraycopy(fields, 0, row, 0, fields.length);
          long[] counts = Headcounts.of(attendees(kind, date, people, i));
          for (int c = 0; c < counts.length; c++) {
            row[fields.length + c] = counts[c];
          }
          sink.row(row);
        }
        case SESSION_TOPIC -> {
          sink.row(id, topic);
          if (!second.equals(topic)) {
            sink.row(id, second);
          }
        }
        case SESSION_EQUIPMENT -> {
          if (kind == SessionKind.GROUP_CLASS) {
            for (Item item : used(uses, items, date)) {
              sink.row(id, item.id());
            }
          }
        }
        default -> {
          List<Attendee> present = attendees(kind, date, people, i);
          for (int seq = 1; seq <= present.size(); seq++) {
            Attendee a = present.get(seq - 1);
            sink.row(
                id,
                seq,
                a.participantId(),
                a.gender().name(),
                a.ageBand().name(),
                a.idp(),
                a.disability(),
                a.veteran());
          }
          if (!deleted) {
            tally.session(date, present.size());
          }
        }
      }
    }
  }

  /**
   * The one or two items a class uses, among the first two thirds of the hub's list that are usable
   * that day: the last third is never used, as in hubs where a donor's tablets stay in the box.
   */
  private static List<Item> used(Draw draw, List<Item> items, LocalDate day) {
    int wanted = 1 + draw.below(2);
    int first = draw.below(Math.max(1, items.size() * 2 / 3));
    List<Item> used = new ArrayList<>(2);
    for (int i = first; i < items.size() * 2 / 3 && used.size() < wanted; i++) {
      if (items.get(i).usableOn(day)) {
        used.add(items.get(i));
      }
    }
    return used;
  }

  /** The days of the year the hub is open and logging: not in its silent quarters. */
  private List<LocalDate> activeDays() {
    List<LocalDate> days = new ArrayList<>(366);
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      if (!hub.silentIn((day.getMonthValue() - 1) / 3 + 1)) {
        days.add(day);
      }
    }
    return days;
  }

  /** Working days mostly: Saturdays a third as often, Sundays rarely. */
  private static LocalDate day(Draw draw, List<LocalDate> days) {
    while (true) {
      LocalDate day = days.get(draw.below(days.size()));
      double keep =
          switch (day.getDayOfWeek()) {
            case SATURDAY -> 0.35;
            case SUNDAY -> 0.08;
            default -> 1.0;
          };
      if (keep == 1.0 || draw.chance(keep)) {
        return day;
      }
    }
  }

  /** Most sessions are logged the same day; some a few days on; a few late (after a week). */
  private static Instant entered(Draw draw, LocalDate date, LocalTime start, int duration) {
    Instant end = date.atTime(start).plusMinutes(duration).atZone(Kyiv.ZONE).toInstant();
    return switch (draw.weighted(85, 11, 4)) {
      case 0 -> end.plus(draw.between(5, 120), ChronoUnit.MINUTES);
      case 1 -> end.plus(draw.between(1, 6), ChronoUnit.DAYS);
      default -> end.plus(draw.between(9, 40), ChronoUnit.DAYS);
    };
  }

  /** The people at the hub's session number {@code number}, from that session's own stream. */
  private List<Attendee> attendees(
      SessionKind kind, LocalDate date, List<Person> people, int number) {
    Draw draw = Draw.of(seed, ((long) hub.index() << 24) ^ number, SESSIONS + 1);
    int count =
        draw.chance(0.01)
            ? 0
            : switch (kind) {
              case GROUP_CLASS ->
                  Math.max(2, (int) Math.round(13 * Math.exp(0.4 * draw.gaussian())));
              case CONSULTATION -> draw.chance(0.7) ? 1 : 2;
              case E_SERVICE_HELP -> draw.between(1, 3);
              case EVENT -> Math.max(5, (int) Math.round(30 * Math.exp(0.5 * draw.gaussian())));
            };
    List<Attendee> present = new ArrayList<>(count);
    Set<Integer> named = new HashSet<>();
    for (int seq = 1; seq <= count; seq++) {
      if (!people.isEmpty() && draw.chance(0.2)) {
        int index = draw.below(people.size());
        if (named.add(index)) {
          Person person = people.get(index);
          present.add(
              new Attendee(
                  person.id(),
                  person.gender(),
                  AgeBand.atSession(person.birthYear(), date),
                  person.idp(),
                  person.disability(),
                  person.veteran()));
          continue;
        }
      }
      present.add(
          new Attendee(
              null,
              draw.of(GENDERS, GENDER_SHARES),
              draw.of(BANDS, BAND_SHARES),
              draw.chance(0.12),
              draw.chance(0.07),
              draw.chance(0.04)));
    }
    return present;
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(Kyiv.ZONE).toInstant();
  }
}
