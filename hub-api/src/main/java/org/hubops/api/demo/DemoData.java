package org.hubops.api.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.equipment.EquipmentChecks;
import org.hubops.api.equipment.EquipmentFigures;
import org.hubops.api.equipment.EquipmentRepairs;
import org.hubops.api.equipment.EquipmentService;
import org.hubops.api.hubs.HubService;
import org.hubops.api.participants.ParticipantService;
import org.hubops.api.platform.Messages;
import org.hubops.api.sessions.SessionService;
import org.hubops.model.HubStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.Language;
import org.hubops.model.Quarter;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.SettlementType;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.jdbi.v3.core.Jdbi;

/**
 * Believable demo data, the same for the same seed and end date: hubs in real places, two quarters
 * of sessions with attendees of every kind, written through the services as coordinators would have
 * logged them (so every rule holds), mostly on the day, sometimes late.
 */
final class DemoData {

  /** What the demo wrote, for the operator's summary line. */
  record Summary(int hubs, int sessions, int attendees) {}

  private static final String ACTOR = "demo";
  private static final String[] TITLES = {
    "Дія: як отримати е-послуги",
    "Смартфон для початківців",
    "Онлайн-банкінг без страху",
    "Як розпізнати шахраїв у мережі",
    "Електронна пошта і месенджери",
    "Пошук роботи онлайн",
    "Відеозв’язок з рідними",
    "Пенсійний фонд онлайн",
    "Безпечні паролі",
    "Електронний підпис"
  };
  private static final String[][] TOPICS = {
    {"E.1"},
    {"E.3", "1.1"},
    {"E.2"},
    {"E.4", "4.2"},
    {"2.1", "2.2"},
    {"1.1", "2.5"},
    {"2.1"},
    {"E.1", "2.5"},
    {"4.1", "4.2"},
    {"E.1", "4.1"}
  };
  private static final String[] TRAINERS = {
    "Олена Коваль", "Ірина Бондар", "Наталія Шевчук", "Андрій Мельник", "Тетяна Кравець"
  };

  private final Jdbi jdbi;
  private final int hubCount;
  private final Random random;
  private final LocalDate until;
  private final ReplayClock clock = new ReplayClock();
  private final HubService hubs;
  private final SessionService sessions;
  private final DemoPeople people;
  private final DemoEquipment equipment;
  private final Messages messages = Messages.in(Language.EN);

  DemoData(Jdbi jdbi, AuditLog audit, long seed, LocalDate until, int hubCount) {
    this.hubCount = hubCount;
    this.jdbi = jdbi;
    this.random = new Random(seed);
    this.until = until;
    this.hubs = new HubService(jdbi, clock, audit);
    this.sessions = new SessionService(jdbi, clock, audit);
    this.people = new DemoPeople(random, new ParticipantService(jdbi, clock, audit), messages);
    this.equipment =
        new DemoEquipment(
            random,
            new EquipmentService(jdbi, clock, audit),
            new EquipmentChecks(jdbi, clock, audit, EquipmentFigures.DEFAULT_INTERVAL_MONTHS),
            new EquipmentRepairs(jdbi, clock, audit),
            clock,
            messages);
  }

  Summary write() {
    LocalDate from = Quarter.containing(until).previous().firstDay();
    List<DemoPlace> places = DemoPlace.spread(hubCount);
    int sessionCount = 0;
    int attendeeCount = 0;
    for (int i = 0; i < places.size(); i++) {
      DemoPlace place = places.get(i);
      int index = i;
      // One transaction per hub: the services' own transactions join it (same thread, same
      // handle), so the embedded database commits 42 times instead of thousands.
      int[] written = jdbi.inTransaction(h -> writeHub(place, index, from));
      sessionCount += written[0];
      attendeeCount += written[1];
    }
    return new Summary(places.size(), sessionCount, attendeeCount);
  }

  private int[] writeHub(DemoPlace place, int i, LocalDate from) {
    int sessionCount = 0;
    int attendeeCount = 0;
    Hub hub = createHub(place, i, from);
    int size =
        switch (hub.settlementType()) {
          case CITY -> 3;
          case TOWN -> 2;
          case VILLAGE -> 1;
        };
    people.register(hub, 8 * size + random.nextInt(10), ACTOR);
    DemoEquipment.Inventory inventory =
        equipment.register(hub, 2 * size + random.nextInt(4), from, until, ACTOR);
    // A few hubs fall silent in the current quarter, and a few are suspended or close part-way
    // through a quarter: reports must show them, and count each as expected only while active.
    HubStatus laterStatus =
        i % 17 == 9 ? HubStatus.SUSPENDED : i % 19 == 6 ? HubStatus.CLOSED : HubStatus.ACTIVE;
    LocalDate stoppedOn =
        switch (laterStatus) {
          case SUSPENDED -> from.plusDays(45);
          case CLOSED -> min(until, Quarter.containing(until).firstDay().plusDays(20));
          case ACTIVE -> null;
        };
    LocalDate lastDay =
        stoppedOn != null
            ? stoppedOn.minusDays(1)
            : i % 13 == 5 ? Quarter.containing(until).firstDay().minusDays(1) : until;
    for (LocalDate day = from; !day.isAfter(lastDay); day = day.plusDays(1)) {
      // The day's equipment events happen once, also on a day without sessions.
      List<UUID> usable = inventory.on(day);
      int count = sessionsOn(day, hub.settlementType());
      for (int n = 0; n < count; n++) {
        Session session = session(day, hub.settlementType(), usable);
        clock.set(loggedAt(day));
        sessions.put(
            hub, deterministicId("session", hub.code() + day + n), session, ACTOR, messages);
        sessionCount++;
        attendeeCount += session.attendees().size();
      }
    }
    if (stoppedOn != null) {
      // Recorded a week late, as such news reaches the association, and dated as it happened.
      clock.set(loggedAt(min(until, stoppedOn.plusDays(7))));
      Hub stored = hubs.resolve(hub.id().toString());
      hubs.update(hub.id(), stored.withStatus(laterStatus, stoppedOn), ACTOR, messages);
    }
    return new int[] {sessionCount, attendeeCount};
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private Hub createHub(DemoPlace place, int index, LocalDate dataFrom) {
    LocalDate openedOn = dataFrom.minusMonths(6 + random.nextInt(30)).withDayOfMonth(1);
    clock.set(openedOn.atTime(9, 0).toInstant(ZoneOffset.UTC));
    String code = String.format("%s-%04d", place.codePrefix(), 1 + index * 7);
    Hub hub =
        Hub.sent(
            deterministicId("hub", code),
            code,
            place.name(),
            place.institutionType(),
            place.settlementCode(),
            null,
            openedOn,
            HubStatus.ACTIVE,
            null,
            null);
    return hubs.create(hub, ACTOR, messages);
  }

  /** City hubs are busy, village hubs quiet; nobody teaches on Sunday. */
  private int sessionsOn(LocalDate day, SettlementType type) {
    if (day.getDayOfWeek().getValue() == 7) {
      return 0;
    }
    double perDay =
        switch (type) {
          case CITY -> 0.9;
          case TOWN -> 0.5;
          case VILLAGE -> 0.25;
        };
    int count = 0;
    for (double left = perDay; left > 0; left -= 1) {
      if (random.nextDouble() < Math.min(1, left)) {
        count++;
      }
    }
    return count;
  }

  private Session session(LocalDate day, SettlementType type, List<UUID> usableEquipment) {
    int pick = random.nextInt(TITLES.length);
    SessionKind kind = SessionKind.values()[Weights.pick(random, 50, 25, 20, 5)];
    int size =
        switch (kind) {
          case CONSULTATION, E_SERVICE_HELP -> 1 + random.nextInt(2);
          case GROUP_CLASS -> (type == SettlementType.VILLAGE ? 3 : 5) + random.nextInt(10);
          case EVENT -> 15 + random.nextInt(30);
        };
    // A few group classes where nobody came, for the data-quality sheet.
    if (kind == SessionKind.GROUP_CLASS && random.nextInt(60) == 0) {
      size = 0;
    }
    List<Attendee> attendees = people.attendees(size, day);
    // Classes use a few of the laptops that work that day; consultations need none.
    List<UUID> used =
        kind == SessionKind.GROUP_CLASS
            ? usableEquipment.subList(0, Math.min(usableEquipment.size(), 1 + random.nextInt(3)))
            : List.of();
    return new Session(
        null,
        null,
        day,
        LocalTime.of(9 + random.nextInt(9), random.nextBoolean() ? 0 : 30),
        kind == SessionKind.CONSULTATION ? 30 : 60 + 30 * random.nextInt(3),
        kind,
        random.nextInt(12) == 0 ? SessionFormat.ONLINE : SessionFormat.IN_PERSON,
        TITLES[pick],
        List.of(TOPICS[pick]),
        TRAINERS[random.nextInt(TRAINERS.length)],
        null,
        List.copyOf(used),
        attendees,
        null,
        null,
        null);
  }

  /** Most sessions are logged the same evening; one in twenty a fortnight or more later. */
  private java.time.Instant loggedAt(LocalDate day) {
    int delayDays = random.nextInt(20) == 0 ? 10 + random.nextInt(20) : random.nextInt(2);
    LocalDate logged = day.plusDays(delayDays);
    if (logged.isAfter(until)) {
      logged = until;
    }
    return logged.atTime(18, random.nextInt(60)).atZone(Kyiv.ZONE).toInstant();
  }

  private static UUID deterministicId(String kind, String key) {
    return UUID.nameUUIDFromBytes(
        (kind + ":" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
