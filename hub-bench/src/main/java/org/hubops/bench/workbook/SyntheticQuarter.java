package org.hubops.bench.workbook;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.hubops.model.AgeBand;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Gender;
import org.hubops.model.Kyiv;
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
import org.hubops.model.report.HubFigures;
import org.hubops.model.report.HubRef;
import org.hubops.model.report.MonthFigures;
import org.hubops.model.report.Overview;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.report.RegionFigures;
import org.hubops.model.report.SessionIssue;
import org.hubops.model.report.SessionLine;
import org.hubops.model.report.TopicFigures;
import org.hubops.model.rest.Oblast;
import org.hubops.model.rest.Topic;

/**
 * A national quarter made up from a fixed seed: about 6,000 hubs in 25 oblasts with Ukrainian
 * names, DigComp and Diia topics, and session lines with attendees counted by sex and age band the
 * way real hubs log them (mostly women, mostly older people, small groups, the odd large event).
 *
 * <p>Session lines come from a pool of {@value #DISTINCT_LINES} distinct lines, handed out in a
 * cycle with their dates spread over the quarter: a benchmark of the writer then measures the
 * writer, not the making of test data, and a 300,000-line run fits the CLI's 256 MB heap.
 */
final class SyntheticQuarter {

  /** How many different session lines the cycle holds. */
  static final int DISTINCT_LINES = 8_192;

  static final Quarter QUARTER = Quarter.of(2026, 3);

  private static final long SEED = 20260701L;

  /** Code, Ukrainian and English name, and hub code prefix. Crimea and Sevastopol have no hubs. */
  private static final String[][] OBLASTS = {
    {"UA-05", "Вінницька", "Vinnytsia", "VN"},
    {"UA-07", "Волинська", "Volyn", "VO"},
    {"UA-09", "Луганська", "Luhansk", "LH"},
    {"UA-12", "Дніпропетровська", "Dnipropetrovsk", "DP"},
    {"UA-14", "Донецька", "Donetsk", "DN"},
    {"UA-18", "Житомирська", "Zhytomyr", "ZT"},
    {"UA-21", "Закарпатська", "Zakarpattia", "ZK"},
    {"UA-23", "Запорізька", "Zaporizhzhia", "ZP"},
    {"UA-26", "Івано-Франківська", "Ivano-Frankivsk", "IF"},
    {"UA-30", "м. Київ", "Kyiv City", "KC"},
    {"UA-32", "Київська", "Kyiv", "KV"},
    {"UA-35", "Кіровоградська", "Kirovohrad", "KR"},
    {"UA-46", "Львівська", "Lviv", "LV"},
    {"UA-48", "Миколаївська", "Mykolaiv", "MK"},
    {"UA-51", "Одеська", "Odesa", "OD"},
    {"UA-53", "Полтавська", "Poltava", "PL"},
    {"UA-56", "Рівненська", "Rivne", "RV"},
    {"UA-59", "Сумська", "Sumy", "SM"},
    {"UA-61", "Тернопільська", "Ternopil", "TE"},
    {"UA-63", "Харківська", "Kharkiv", "KH"},
    {"UA-65", "Херсонська", "Kherson", "KS"},
    {"UA-68", "Хмельницька", "Khmelnytskyi", "KM"},
    {"UA-71", "Черкаська", "Cherkasy", "CK"},
    {"UA-74", "Чернівецька", "Chernivtsi", "CV"},
    {"UA-77", "Чернігівська", "Chernihiv", "CN"},
  };

  private static final String[] PLACES = {
    "Ясіня",
    "Косів",
    "Буча",
    "Ірпінь",
    "Вишгород",
    "Бровари",
    "Фастів",
    "Славутич",
    "Яготин",
    "Бориспіль",
    "Трускавець",
    "Жовква",
    "Самбір",
    "Стрий",
    "Городок",
    "Броди",
    "Золочів",
    "Умань",
    "Сміла",
    "Золотоноша",
    "Канів",
    "Корсунь-Шевченківський",
    "Кам'янець-Подільський",
    "Шепетівка",
    "Нетішин",
    "Ізмаїл",
    "Білгород-Дністровський",
    "Балта",
    "Подільськ",
    "Ніжин",
    "Прилуки",
    "Новгород-Сіверський",
    "Лубни",
    "Миргород",
    "Гадяч",
    "Охтирка",
    "Ромни",
    "Конотоп",
    "Шостка",
    "Коломия",
    "Надвірна",
    "Долина",
    "Калуш",
    "Чортків",
    "Бережани",
    "Кременець",
    "Дубно",
    "Сарни",
    "Костопіль",
    "Ковель",
    "Володимир",
    "Любешів",
    "Новоград",
    "Коростень",
    "Бердичів",
    "Малин",
    "Гайсин",
    "Жмеринка",
    "Могилів-Подільський",
    "Тульчин",
    "Первомайськ",
    "Вознесенськ",
    "Олександрія",
    "Знам'янка",
    "Павлоград",
    "Нікополь",
    "Кривий Ріг",
    "Ізюм",
    "Балаклія",
    "Чугуїв",
    "Лозова",
    "Хотин",
    "Сторожинець",
    "Вижниця",
    "Мукачево",
    "Берегове",
    "Хуст",
    "Рахів",
    "Оріхів",
    "Гуляйполе",
    "Краматорськ",
    "Слов'янськ"
  };

  private static final String[] NAME_FORMS = {
    "Хаб цифрової освіти «%s»",
    "Бібліотека-філія №%2$d, %1$s",
    "ЦНАП %s: хаб «Дія.Цифрова освіта»",
    "Публічна бібліотека, %s",
    "Центр життєстійкості, %s",
    "Сільська бібліотека с. %s",
    "Будинок культури «%s», цифровий хаб",
  };

  private static final String[][] TOPICS = {
    {"1.1", "1", "Перегляд, пошук і фільтрування даних", "Browsing and searching data"},
    {"1.2", "1", "Оцінювання даних та інформації", "Evaluating data and information"},
    {"2.1", "2", "Взаємодія через цифрові технології", "Interacting through digital technologies"},
    {"2.3", "2", "Цифрове громадянство", "Citizenship through digital technologies"},
    {"2.4", "2", "Співпраця через цифрові технології", "Collaborating through digital tools"},
    {"3.1", "3", "Створення цифрового контенту", "Developing digital content"},
    {"4.1", "4", "Захист пристроїв", "Protecting devices"},
    {"4.2", "4", "Захист персональних даних", "Protecting personal data and privacy"},
    {"4.3", "4", "Захист здоров'я", "Protecting health and well-being"},
    {"5.1", "5", "Розв'язання технічних проблем", "Solving technical problems"},
    {"E.1", "E", "Дія: застосунок і портал", "Diia: app and portal"},
    {"E.2", "E", "Електронний підпис", "Electronic signature"},
    {"E.3", "E", "Онлайн-банкінг і платежі", "Online banking and payments"},
    {"E.4", "E", "Пенсійний фонд онлайн", "Pension Fund online"},
  };

  private static final Instant GENERATED_AT = Instant.parse("2026-10-02T06:00:00Z");

  final List<Oblast> oblasts;
  final List<HubRef> hubs;
  final List<Topic> topics;
  private final SessionLine[] pool;
  private final long[] delays;
  private final Instant[] dayStarts;
  private final LocalDate firstDay;
  private final int days;

  /** Hubs: about 6,000 in a national quarter. */
  SyntheticQuarter(int hubCount) {
    SplittableRandom random = new SplittableRandom(SEED);
    oblasts = new ArrayList<>();
    for (String[] oblast : OBLASTS) {
      oblasts.add(new Oblast(oblast[0], oblast[1], oblast[2]));
    }
    hubs = new ArrayList<>(hubCount);
    for (int i = 0; i < hubCount; i++) {
      hubs.add(hub(random, i));
    }
    topics = new ArrayList<>();
    for (String[] topic : TOPICS) {
      topics.add(new Topic(topic[0], topic[1], topic[2], topic[3]));
    }
    firstDay = QUARTER.firstDay();
    days = (int) (QUARTER.lastDay().toEpochDay() - firstDay.toEpochDay()) + 1;
    dayStarts = new Instant[days];
    for (int day = 0; day < days; day++) {
      dayStarts[day] = firstDay.plusDays(day).atStartOfDay(Kyiv.ZONE).toInstant();
    }
    pool = new SessionLine[DISTINCT_LINES];
    delays = new long[DISTINCT_LINES];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = line(random);
      int day = (int) (pool[i].date().toEpochDay() - firstDay.toEpochDay());
      delays[i] = Duration.between(dayStarts[day], pool[i].createdAt()).toSeconds();
    }
  }

  /** Line {@code index} of the quarter; the same index always gives an equal line. */
  SessionLine line(int index) {
    int slot = index % pool.length;
    SessionLine base = pool[slot];
    // The pool's dates move along so that the sheet's dates do not repeat every 8,192 rows.
    int day =
        (int) ((base.date().toEpochDay() - firstDay.toEpochDay() + index / pool.length) % days);
    return new SessionLine(
        firstDay.plusDays(day),
        base.hub(),
        base.kind(),
        base.format(),
        base.topics(),
        base.durationMinutes(),
        base.attendees(),
        dayStarts[day].plusSeconds(delays[slot]));
  }

  /** The first {@code count} lines, made as they are read, so none of them stays in memory. */
  Iterator<SessionLine> lines(int count) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public SessionLine next() {
        if (next >= count) {
          throw new NoSuchElementException();
        }
        return line(next++);
      }
    };
  }

  /** The national dataset of a quarter of {@code sessions} lines: every hub, region and topic. */
  QuarterlyDataset national(int sessions) {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    List<HubFigures> hubFigures = new ArrayList<>(hubs.size());
    for (HubRef hub : hubs) {
      // About one hub in twelve logs nothing in a quarter.
      boolean silent = random.nextInt(12) == 0;
      hubFigures.add(
          new HubFigures(hub, silent ? Figures.NONE : figures(random, sessions / hubs.size())));
    }
    List<RegionFigures> regions = new ArrayList<>();
    for (Oblast oblast : oblasts) {
      List<HubFigures> mine =
          hubFigures.stream().filter(h -> h.hub().oblastCode().equals(oblast.code())).toList();
      Figures sum = mine.stream().map(HubFigures::figures).reduce(Figures.NONE, Figures::plus);
      int reporting = (int) mine.stream().filter(h -> h.figures().sessions() > 0).count();
      regions.add(new RegionFigures(oblast, mine.size(), reporting, sum));
    }
    Figures all = regions.stream().map(RegionFigures::figures).reduce(Figures.NONE, Figures::plus);
    int reporting = regions.stream().mapToInt(RegionFigures::reportingHubs).sum();
    List<MonthFigures> months = new ArrayList<>();
    for (YearMonth month : QUARTER.months()) {
      months.add(new MonthFigures(month, figures(random, sessions / 3)));
    }
    List<TopicFigures> topicFigures = new ArrayList<>();
    for (Topic topic : topics) {
      topicFigures.add(new TopicFigures(topic, figures(random, sessions / topics.size())));
    }
    return new QuarterlyDataset(
        QUARTER,
        null,
        GENERATED_AT,
        new Overview(hubs.size(), reporting, all),
        new Overview(hubs.size() - 40, reporting - 150, figures(random, sessions * 9 / 10)),
        months,
        regions,
        hubFigures,
        topicFigures,
        equipment(random),
        issues(sessions));
  }

  /** A dataset with nothing but one oblast's name, so the workbook is almost only the sessions. */
  QuarterlyDataset sessionsOnly() {
    return new QuarterlyDataset(
        QUARTER,
        null,
        GENERATED_AT,
        new Overview(0, 0, Figures.NONE),
        new Overview(0, 0, Figures.NONE),
        List.of(),
        oblasts.stream().map(o -> new RegionFigures(o, 0, 0, Figures.NONE)).toList(),
        List.of(),
        List.of(),
        new EquipmentDataset(QUARTER.lastDay(), null, List.of(), List.of(), List.of()),
        List.of());
  }

  private HubRef hub(SplittableRandom random, int index) {
    String[] oblast = OBLASTS[index % OBLASTS.length];
    String place = PLACES[random.nextInt(PLACES.length)];
    String name =
        NAME_FORMS[random.nextInt(NAME_FORMS.length)].formatted(place, 1 + random.nextInt(40));
    if (index % 997 == 0) {
      // Hub names are typed by people; now and then one starts like a formula.
      name = "+380 " + name;
    }
    int kind = random.nextInt(10);
    SettlementType type =
        kind < 3 ? SettlementType.CITY : kind < 5 ? SettlementType.TOWN : SettlementType.VILLAGE;
    return new HubRef(
        "%s-%04d".formatted(oblast[3], index / OBLASTS.length + 1), name, oblast[0], type);
  }

  private SessionLine line(SplittableRandom random) {
    LocalDate date = firstDay.plusDays(random.nextInt(days));
    HubRef hub = hubs.get(random.nextInt(hubs.size()));
    int k = random.nextInt(100);
    SessionKind kind =
        k < 45
            ? SessionKind.GROUP_CLASS
            : k < 75
                ? SessionKind.CONSULTATION
                : k < 95 ? SessionKind.E_SERVICE_HELP : SessionKind.EVENT;
    int f = random.nextInt(100);
    SessionFormat format =
        f < 85 ? SessionFormat.IN_PERSON : f < 95 ? SessionFormat.ONLINE : SessionFormat.HYBRID;
    List<String> codes = new ArrayList<>();
    int topicCount = 1 + random.nextInt(3);
    for (int i = 0; i < topicCount; i++) {
      String code = TOPICS[random.nextInt(TOPICS.length)][0];
      if (!codes.contains(code)) {
        codes.add(code);
      }
    }
    int people =
        switch (kind) {
          case GROUP_CLASS -> 4 + random.nextInt(16);
          case CONSULTATION -> 1;
          case E_SERVICE_HELP -> 1 + random.nextInt(2);
          case EVENT -> 15 + random.nextInt(50);
        };
    if (random.nextInt(50) == 0) {
      people = 0; // forgotten attendance list
    }
    int minutes =
        switch (kind) {
          case GROUP_CLASS -> 60 + 15 * random.nextInt(7);
          case CONSULTATION, E_SERVICE_HELP -> 15 + 15 * random.nextInt(4);
          case EVENT -> 120 + 30 * random.nextInt(5);
        };
    // Most sessions are logged the same day or the next; about one in twenty-five is late.
    int delayDays = random.nextInt(25) == 0 ? 8 + random.nextInt(40) : random.nextInt(3);
    Instant createdAt =
        date.plusDays(delayDays)
            .atTime(LocalTime.of(9 + random.nextInt(10), random.nextInt(60)))
            .atZone(Kyiv.ZONE)
            .toInstant();
    return new SessionLine(
        date, hub, kind, format, codes, minutes, headcount(random, people), createdAt);
  }

  private static Headcount headcount(SplittableRandom random, int people) {
    Headcount.Builder count = Headcount.builder();
    long idp = 0;
    long disability = 0;
    long veteran = 0;
    for (int i = 0; i < people; i++) {
      int g = random.nextInt(100);
      Gender gender = g < 65 ? Gender.FEMALE : g < 98 ? Gender.MALE : Gender.UNDISCLOSED;
      count.add(gender, ageBand(random), 1);
      idp += random.nextInt(100) < 15 ? 1 : 0;
      disability += random.nextInt(100) < 5 ? 1 : 0;
      veteran += random.nextInt(100) < 3 ? 1 : 0;
    }
    return count.idp(idp).disability(disability).veteran(veteran).build();
  }

  /** Skewed to older people, as in the hubs' own logs; a few ages unknown. */
  private static AgeBand ageBand(SplittableRandom random) {
    int a = random.nextInt(100);
    if (a < 3) {
      return AgeBand.UNDER_18;
    } else if (a < 10) {
      return AgeBand.AGE_18_29;
    } else if (a < 20) {
      return AgeBand.AGE_30_39;
    } else if (a < 33) {
      return AgeBand.AGE_40_49;
    } else if (a < 52) {
      return AgeBand.AGE_50_59;
    } else if (a < 77) {
      return AgeBand.AGE_60_69;
    } else if (a < 97) {
      return AgeBand.AGE_70_PLUS;
    }
    return AgeBand.UNKNOWN;
  }

  private static Figures figures(SplittableRandom random, int sessions) {
    int n = Math.max(1, sessions / 2 + random.nextInt(Math.max(1, sessions)));
    Headcount attendances = headcount(random, Math.min(n * 10, 2_000));
    Headcount unique = headcount(random, Math.min(n * 3, 600));
    return new Figures(n, n * 75L, attendances, unique);
  }

  private EquipmentDataset equipment(SplittableRandom random) {
    EquipmentCategory[] categories = EquipmentCategory.values();
    EquipmentStatus[] statuses = EquipmentStatus.values();
    List<EquipmentCount> counts = new ArrayList<>();
    List<EquipmentItem> needingAttention = new ArrayList<>();
    for (HubRef hub : hubs) {
      // About five items per hub: 30,000 nationally.
      for (int c = 0; c < 2; c++) {
        EquipmentCategory category = categories[random.nextInt(categories.length)];
        counts.add(new EquipmentCount(hub, category, EquipmentStatus.IN_SERVICE, 2));
        if (random.nextInt(8) == 0) {
          EquipmentStatus status = statuses[1 + random.nextInt(statuses.length - 1)];
          counts.add(new EquipmentCount(hub, category, status, 1));
          if (status == EquipmentStatus.BROKEN || status == EquipmentStatus.UNDER_REPAIR) {
            LocalDate since = QUARTER.firstDay().plusDays(random.nextInt(days));
            needingAttention.add(
                new EquipmentItem(
                    hub,
                    "INV-%06d".formatted(needingAttention.size() + 1),
                    category,
                    "HP ProBook 450 G%d".formatted(6 + random.nextInt(4)),
                    "SN%08X".formatted(random.nextInt()),
                    "Програма «Дія.Цифрова освіта»",
                    LocalDate.of(2023, 1 + random.nextInt(12), 1),
                    status,
                    since,
                    since.plusDays(random.nextInt(10))));
          }
        }
      }
    }
    return new EquipmentDataset(QUARTER.lastDay(), null, oblasts, counts, needingAttention);
  }

  /** Late entries and sessions without attendees among the first {@code sessions} lines. */
  private List<SessionIssue> issues(int sessions) {
    List<SessionIssue> issues = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      SessionLine line = line(i);
      if (line.attendees().total() == 0) {
        issues.add(
            new SessionIssue(
                DataIssue.SESSION_WITHOUT_ATTENDEES,
                line.date(),
                line.hub(),
                line.kind(),
                line.createdAt()));
      }
      if (line.recordedLate()) {
        issues.add(
            new SessionIssue(
                DataIssue.LATE_ENTRY, line.date(), line.hub(), line.kind(), line.createdAt()));
      }
    }
    return issues;
  }
}
