package org.hubops.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hubops.model.AgeBand;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Gender;
import org.hubops.model.Quarter;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.SettlementType;
import org.hubops.model.report.DataIssue;
import org.hubops.model.report.EquipmentCount;
import org.hubops.model.report.EquipmentDataset;
import org.hubops.model.report.EquipmentItem;
import org.hubops.model.report.Figures;
import org.hubops.model.report.Headcount;
import org.hubops.model.report.HubDataset;
import org.hubops.model.report.HubFigures;
import org.hubops.model.report.HubRef;
import org.hubops.model.report.MonthFigures;
import org.hubops.model.report.Overview;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.report.RegionFigures;
import org.hubops.model.report.ReportRules;
import org.hubops.model.report.SessionIssue;
import org.hubops.model.report.SessionLine;
import org.hubops.model.report.TopicFigures;
import org.hubops.model.rest.Oblast;
import org.hubops.model.rest.Topic;

/**
 * A small quarter of raw sessions, as the database would hold them (with the personal data the
 * database has), and the dataset the service's SQL would make of it, aggregated here the plain way.
 * By construction: 5 sessions, 10 attendances (6 female, 3 male, 1 undisclosed), 345 minutes, 6
 * unique participants, one hub with nothing logged, one session without attendees, one late.
 */
final class Fixture {

  /** A person present, with the personal data the register holds and reports must never show. */
  record Person(String code, String fullName, String phone) {}

  record Attendee(
      Person person, Gender gender, AgeBand band, boolean idp, boolean dis, boolean vet) {}

  record RawSession(
      LocalDate date,
      HubRef hub,
      SessionKind kind,
      SessionFormat format,
      List<String> topics,
      int minutes,
      String trainer,
      List<Attendee> attendees,
      Instant createdAt) {}

  static final Quarter QUARTER = Quarter.of(2026, 3);
  static final Oblast LVIV = new Oblast("UA-46", "Львівська", "Lviv");
  static final Oblast KYIV = new Oblast("UA-32", "Київська", "Kyiv");
  static final Oblast ODESA = new Oblast("UA-51", "Одеська", "Odesa");
  static final String INJECTED_NAME = "=HYPERLINK(\"http://example.invalid\",\"click\")";
  static final String INJECTED_MODEL = "@SUM(1+1)";

  static final HubRef CITY_HUB =
      new HubRef("LV-0001", "Бібліотека №1", "UA-46", SettlementType.CITY);
  static final HubRef VILLAGE_HUB =
      new HubRef("LV-0002", INJECTED_NAME, "UA-46", SettlementType.VILLAGE);
  static final HubRef TOWN_HUB =
      new HubRef("KV-0003", "Kyiv town hub", "UA-32", SettlementType.TOWN);
  static final HubRef SILENT_HUB =
      new HubRef("OD-0004", "+380 Одеса", "UA-51", SettlementType.VILLAGE);
  static final List<HubRef> HUBS = List.of(CITY_HUB, VILLAGE_HUB, TOWN_HUB, SILENT_HUB);

  static final Person OLENA = new Person("P-1", "Олена Петренко", "+380501112233");
  static final Person MARIIA = new Person("P-2", "Марія Коваль", "+380672223344");
  static final Person TARAS = new Person("P-3", "Тарас Шевчук", "+380633334455");
  static final Person IRYNA = new Person("P-4", "Ірина Бондар", "+380994445566");
  static final Person PETRO = new Person("P-5", "Петро Мельник", "+380505556677");
  static final Person HANNA = new Person("P-6", "Ганна Ткаченко", "+380686667788");
  static final String TRAINER = "Тренерка Оксана Лисенко";
  static final List<Person> PEOPLE = List.of(OLENA, MARIIA, TARAS, IRYNA, PETRO, HANNA);

  static final List<RawSession> SESSIONS =
      List.of(
          session(
              "2026-07-03",
              CITY_HUB,
              SessionKind.GROUP_CLASS,
              SessionFormat.IN_PERSON,
              List.of("1.1", "E.1"),
              90,
              "2026-07-03T15:00:00Z",
              new Attendee(OLENA, Gender.FEMALE, AgeBand.AGE_30_39, false, false, false),
              new Attendee(MARIIA, Gender.FEMALE, AgeBand.AGE_60_69, true, false, false),
              new Attendee(null, Gender.MALE, AgeBand.AGE_70_PLUS, false, false, true)),
          session(
              "2026-08-10",
              CITY_HUB,
              SessionKind.CONSULTATION,
              SessionFormat.IN_PERSON,
              List.of("E.1"),
              30,
              "2026-08-25T09:00:00Z",
              new Attendee(OLENA, Gender.FEMALE, AgeBand.AGE_30_39, false, false, false),
              new Attendee(null, Gender.UNDISCLOSED, AgeBand.UNKNOWN, false, true, false)),
          session(
              "2026-08-15",
              VILLAGE_HUB,
              SessionKind.EVENT,
              SessionFormat.HYBRID,
              List.of("2.1"),
              120,
              "2026-08-15T12:00:00Z"),
          session(
              "2026-09-01",
              TOWN_HUB,
              SessionKind.E_SERVICE_HELP,
              SessionFormat.ONLINE,
              List.of("E.1"),
              45,
              "2026-09-02T08:00:00Z",
              new Attendee(TARAS, Gender.MALE, AgeBand.AGE_18_29, true, false, false),
              new Attendee(IRYNA, Gender.FEMALE, AgeBand.UNDER_18, false, false, false),
              new Attendee(null, Gender.FEMALE, AgeBand.AGE_40_49, false, true, false),
              new Attendee(PETRO, Gender.MALE, AgeBand.AGE_50_59, true, false, true)),
          session(
              "2026-09-30",
              VILLAGE_HUB,
              SessionKind.GROUP_CLASS,
              SessionFormat.IN_PERSON,
              List.of("1.1"),
              60,
              "2026-09-30T16:00:00Z",
              new Attendee(HANNA, Gender.FEMALE, AgeBand.AGE_70_PLUS, false, false, false)));

  static final List<Topic> TOPICS =
      List.of(
          new Topic("1.1", "1", "Перегляд і пошук даних", "Browsing and searching data"),
          new Topic(
              "2.1",
              "2",
              "Взаємодія через цифрові технології",
              "Interacting through digital technologies"),
          new Topic("E.1", "E", "Дія: застосунок і портал", "Diia: app and portal"));

  static final Overview PREVIOUS =
      new Overview(
          4,
          2,
          new Figures(
              4,
              200,
              Headcount.builder()
                  .add(Gender.FEMALE, AgeBand.AGE_30_39, 3)
                  .add(Gender.MALE, AgeBand.AGE_60_69, 5)
                  .idp(2)
                  .build(),
              Headcount.builder().add(Gender.FEMALE, AgeBand.AGE_30_39, 2).build()));

  private Fixture() {}

  /** The session detail as the service would stream it: counts only. */
  static List<SessionLine> lines() {
    return SESSIONS.stream()
        .map(
            s ->
                new SessionLine(
                    s.date(),
                    s.hub(),
                    s.kind(),
                    s.format(),
                    s.topics(),
                    s.minutes(),
                    attendances(List.of(s)),
                    s.createdAt()))
        .toList();
  }

  static QuarterlyDataset dataset() {
    List<RegionFigures> regions = new ArrayList<>();
    for (Oblast oblast : List.of(KYIV, LVIV, ODESA)) {
      List<HubRef> hubs = HUBS.stream().filter(h -> h.oblastCode().equals(oblast.code())).toList();
      int reporting =
          (int) hubs.stream().filter(h -> figures(s -> s.hub().equals(h)).sessions() > 0).count();
      regions.add(
          new RegionFigures(
              oblast,
              hubs.size(),
              reporting,
              figures(s -> s.hub().oblastCode().equals(oblast.code()))));
    }
    List<MonthFigures> months =
        QUARTER.months().stream()
            .map(m -> new MonthFigures(m, figures(s -> YearMonth.from(s.date()).equals(m))))
            .toList();
    Figures all = figures(s -> true);
    int reporting =
        (int) HUBS.stream().filter(h -> figures(s -> s.hub().equals(h)).sessions() > 0).count();
    return new QuarterlyDataset(
        QUARTER,
        null,
        Instant.parse("2026-10-02T08:00:00Z"),
        new Overview(HUBS.size(), reporting, all),
        PREVIOUS,
        months,
        regions,
        HUBS.stream()
            .map(
                h ->
                    new HubFigures(
                        h,
                        figures(s -> s.hub().equals(h)),
                        // A hub left on a code a newer codifier edition retired.
                        h == TOWN_HUB ? DataIssue.HUB_ON_RETIRED_CODE : null))
            .toList(),
        TOPICS.stream()
            .map(t -> new TopicFigures(t, figures(s -> s.topics().contains(t.code()))))
            .toList(),
        equipment(),
        issues());
  }

  static EquipmentDataset equipment() {
    return new EquipmentDataset(
        QUARTER.lastDay(),
        null,
        List.of(LVIV, KYIV, ODESA),
        List.of(
            new EquipmentCount(CITY_HUB, EquipmentCategory.LAPTOP, EquipmentStatus.IN_SERVICE, 3),
            new EquipmentCount(CITY_HUB, EquipmentCategory.LAPTOP, EquipmentStatus.BROKEN, 1),
            new EquipmentCount(CITY_HUB, EquipmentCategory.ROUTER, EquipmentStatus.UNDER_REPAIR, 1),
            new EquipmentCount(TOWN_HUB, EquipmentCategory.TABLET, EquipmentStatus.IN_SERVICE, 5)),
        List.of(
            new EquipmentItem(
                CITY_HUB,
                "INV-007",
                EquipmentCategory.LAPTOP,
                INJECTED_MODEL,
                "SN-1",
                "Donor programme",
                LocalDate.of(2024, 3, 1),
                EquipmentStatus.BROKEN,
                LocalDate.of(2026, 8, 20),
                LocalDate.of(2026, 9, 1)),
            new EquipmentItem(
                CITY_HUB,
                "INV-011",
                EquipmentCategory.ROUTER,
                "TP-Link",
                "SN-2",
                "Donor programme",
                LocalDate.of(2023, 5, 1),
                EquipmentStatus.UNDER_REPAIR,
                LocalDate.of(2026, 9, 10),
                null)));
  }

  /** The city hub's own report for the quarter, with all its equipment. */
  static HubDataset cityHub() {
    Predicate<RawSession> mine = s -> s.hub().equals(CITY_HUB);
    List<EquipmentItem> equipment = new ArrayList<>(equipment().needingAttention());
    equipment.add(
        new EquipmentItem(
            CITY_HUB,
            "INV-001",
            EquipmentCategory.LAPTOP,
            "HP 250",
            "SN-3",
            "Donor programme",
            LocalDate.of(2024, 3, 1),
            EquipmentStatus.IN_SERVICE,
            LocalDate.of(2024, 3, 1),
            LocalDate.of(2026, 9, 1)));
    return new HubDataset(
        CITY_HUB,
        LVIV,
        QUARTER.firstDay(),
        QUARTER.lastDay(),
        Instant.parse("2026-10-02T08:00:00Z"),
        figures(mine),
        QUARTER.months().stream()
            .map(
                m ->
                    new MonthFigures(m, figures(mine.and(s -> YearMonth.from(s.date()).equals(m)))))
            .toList(),
        TOPICS.stream()
            .map(t -> new TopicFigures(t, figures(mine.and(s -> s.topics().contains(t.code())))))
            .toList(),
        equipment,
        issues().stream().filter(i -> i.hub().equals(CITY_HUB)).toList());
  }

  /** The figures of the sessions {@code which} selects, counted as the definitions say. */
  static Figures figures(Predicate<RawSession> which) {
    List<RawSession> selected = SESSIONS.stream().filter(which).toList();
    return new Figures(
        selected.size(),
        selected.stream().mapToLong(RawSession::minutes).sum(),
        attendances(selected),
        uniqueParticipants(selected));
  }

  private static Headcount attendances(List<RawSession> sessions) {
    Headcount.Builder count = Headcount.builder();
    List<Attendee> all = sessions.stream().flatMap(s -> s.attendees().stream()).toList();
    all.forEach(a -> count.add(a.gender(), a.band(), 1));
    return count
        .idp(all.stream().filter(Attendee::idp).count())
        .disability(all.stream().filter(Attendee::dis).count())
        .veteran(all.stream().filter(Attendee::vet).count())
        .build();
  }

  /** Distinct registered people per hub, described as at their first session. */
  private static Headcount uniqueParticipants(List<RawSession> sessions) {
    Map<String, Attendee> first = new LinkedHashMap<>();
    sessions.stream()
        .sorted(Comparator.comparing(RawSession::date))
        .forEach(
            s ->
                s.attendees().stream()
                    .filter(a -> a.person() != null)
                    .forEach(a -> first.putIfAbsent(s.hub().code() + "/" + a.person().code(), a)));
    List<RawSession> asSessions =
        List.of(
            new RawSession(
                null, null, null, null, List.of(), 0, null, List.copyOf(first.values()), null));
    return attendances(asSessions);
  }

  private static List<SessionIssue> issues() {
    List<SessionIssue> issues = new ArrayList<>();
    for (RawSession s : SESSIONS) {
      if (s.attendees().isEmpty()) {
        issues.add(
            new SessionIssue(
                DataIssue.SESSION_WITHOUT_ATTENDEES, s.date(), s.hub(), s.kind(), s.createdAt()));
      }
      if (ReportRules.isLateEntry(s.date(), s.createdAt())) {
        issues.add(
            new SessionIssue(DataIssue.LATE_ENTRY, s.date(), s.hub(), s.kind(), s.createdAt()));
      }
    }
    return issues;
  }

  private static RawSession session(
      String date,
      HubRef hub,
      SessionKind kind,
      SessionFormat format,
      List<String> topics,
      int minutes,
      String createdAt,
      Attendee... attendees) {
    return new RawSession(
        LocalDate.parse(date),
        hub,
        kind,
        format,
        topics,
        minutes,
        TRAINER,
        List.of(attendees),
        Instant.parse(createdAt));
  }
}
