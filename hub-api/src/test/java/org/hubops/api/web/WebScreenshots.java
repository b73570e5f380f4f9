package org.hubops.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.hubops.api.imports.Sheets;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.AgeBand;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.Gender;
import org.hubops.model.HubStatus;
import org.hubops.model.InstitutionType;
import org.hubops.model.Kyiv;
import org.hubops.model.Role;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The screenshots of docs/web.md, taken from a service of its own filled with a few believable
 * hubs. Runs only when asked: {@code -Dhubops.screenshots=/path/to/docs/images}.
 */
class WebScreenshots {

  private static final int MAX_BYTES = 150 * 1024;

  @Test
  void mainPages() throws IOException {
    String target = System.getProperty("hubops.screenshots", "");
    assumeTrue(!target.isBlank(), "Screenshots are taken with -Dhubops.screenshots=<dir>");
    Path dir = Path.of(target);
    Files.createDirectories(dir);
    TestService service = TestService.start(TestDatabase.H2);
    try (Browser browser = Browser.start(service.anonymous().base())) {
      Api api = service.api();
      List<Hub> hubs = hubs(api);
      Hub home = hubs.get(0);
      Account coordinator = account(api, "olena.koval", "Олена Коваль", Role.COORDINATOR, home);
      Account staff = account(api, "iryna.melnyk", "Ірина Мельник", Role.ASSOCIATION, null);
      Account admin = account(api, "andrii.shevchenko", "Андрій Шевченко", Role.ADMIN, null);
      for (int i = 0; i < 5; i++) {
        sessions(api, hubs.get(i), 14 - 2 * i);
      }
      Fixtures.createParticipant(api, home, Fixtures.participant("П-001"));
      Fixtures.createEquipment(api, home, Fixtures.equipment("ІНВ-0107"));
      Fixtures.createEquipment(api, home, projector());

      browser.login(coordinator.username(), Fixtures.PASSWORD);
      save(dir, "coordinator-home.png", browser.screenshot(1000, 1300));
      browser.open("/hubs/" + home.id() + "/sessions");
      save(dir, "session-list.png", browser.screenshot(1000, 1100));
      browser.open("/hubs/" + home.id() + "/sessions/new");
      browser.id("startTime").sendKeys("1030");
      browser.id("durationMinutes").sendKeys(Keys.chord(Keys.CONTROL, "a"), "0");
      browser.id("n_FEMALE_AGE_60_69").sendKeys("5");
      browser.id("n_MALE_AGE_70_PLUS").sendKeys("2");
      browser.id("idp").sendKeys("2");
      browser.find("input[name=topics][value='E.1']").click();
      browser.id("title").sendKeys("Дія: як отримати е-послуги", Keys.ENTER);
      browser.waitFor("#error-summary");
      save(dir, "session-form-error.png", browser.screenshot(1000, 1650));
      save(dir, "session-form-360.png", browser.screenshot(360, 1700));

      browser.driver().manage().deleteAllCookies();
      browser.login(staff.username(), Fixtures.PASSWORD);
      save(dir, "staff-dashboard.png", browser.screenshot(1000, 1500));
      browser.driver().manage().deleteAllCookies();
      browser.login(admin.username(), Fixtures.PASSWORD);
      save(dir, "admin-accounts.png", browser.screenshot(1000, 900));
    } finally {
      service.stop();
    }
  }

  /** The import page: empty, refusing a file with its problems, and a check-only result. */
  @Test
  void importPages() throws IOException {
    String target = System.getProperty("hubops.screenshots", "");
    assumeTrue(!target.isBlank(), "Screenshots are taken with -Dhubops.screenshots=<dir>");
    Path dir = Path.of(target);
    Files.createDirectories(dir);
    TestService service = TestService.start(TestDatabase.H2);
    Path bad = Files.createTempFile("журнал-", ".xlsx");
    Path good = Files.createTempFile("журнал-", ".xlsx");
    try (Browser browser = Browser.start(service.anonymous().base())) {
      Api api = service.api();
      Hub home = hubs(api).get(0);
      Account coordinator = account(api, "olena.koval", "Олена Коваль", Role.COORDINATOR, home);
      Files.write(bad, Sheets.twoSessions(api, home, "півтори години", "Стать?"));
      Files.write(good, Sheets.twoValidSessions(api, home));

      browser.login(coordinator.username(), Fixtures.PASSWORD);
      browser.open("/hubs/" + home.id() + "/imports");
      save(dir, "import-form-360.png", browser.screenshot(360, 1500));
      browser.id("file").sendKeys(bad.toString());
      browser.find("form.panel button[type=submit]").click();
      browser.waitFor("table.problems");
      save(dir, "import-problems.png", browser.screenshot(1000, 1200));
      save(dir, "import-problems-360.png", browser.screenshot(360, 1900));
      browser.id("dryRun").click();
      browser.id("file").sendKeys(good.toString());
      browser.find("form.panel button[type=submit]").click();
      browser.waitFor("#import-outcome");
      save(dir, "import-check.png", browser.screenshot(1000, 1200));
    } finally {
      Files.deleteIfExists(bad);
      Files.deleteIfExists(good);
      service.stop();
    }
  }

  private static Account account(Api api, String username, String name, Role role, Hub hub) {
    Account account =
        new Account(
            username,
            name,
            role,
            hub == null ? List.of() : List.of(hub.id()),
            Fixtures.PASSWORD,
            true,
            null,
            null,
            null,
            null);
    assertThat(api.post("/api/v1/accounts", account).status()).isEqualTo(201);
    return account;
  }

  private static void save(Path dir, String name, byte[] png) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, png);
    System.out.println("[web] screenshot " + file + ": " + png.length / 1024 + " KB");
    assertThat(png.length).as(name).isLessThanOrEqualTo(MAX_BYTES);
  }

  private static List<Hub> hubs(Api api) {
    String[][] places = {
      {
        "LV-0042",
        "Публічна бібліотека Жовківської громади",
        "UA-46",
        "Жовківська міська громада",
        "Жовква",
        "TOWN"
      },
      {"KV-0107", "Бібліотека імені Лесі Українки", "UA-30", "місто Київ", "Київ", "CITY"},
      {
        "PL-0015",
        "Бібліотека-філія с. Великі Сорочинці",
        "UA-53",
        "Великосорочинська громада",
        "Великі Сорочинці",
        "VILLAGE"
      },
      {
        "OD-0210",
        "ЦНАП Білгород-Дністровської громади",
        "UA-51",
        "Білгород-Дністровська громада",
        "Білгород-Дністровський",
        "TOWN"
      },
      {
        "ZT-0033",
        "Бібліотека-філія с. Оліївка",
        "UA-18",
        "Житомирська громада",
        "Оліївка",
        "VILLAGE"
      },
      {"CH-0008", "Бібліотека для юнацтва", "UA-77", "Чернігівська громада", "Чернігів", "CITY"},
      {
        "VN-0121", "Публічна бібліотека Барської громади", "UA-05", "Барська громада", "Бар", "TOWN"
      },
      {
        "IF-0056",
        "Бібліотека-філія с. Микуличин",
        "UA-26",
        "Яремчанська громада",
        "Микуличин",
        "VILLAGE"
      },
    };
    List<Hub> hubs = new ArrayList<>();
    for (String[] p : places) {
      Hub hub =
          Hub.sent(
              null,
              p[0],
              p[1],
              p[0].startsWith("OD")
                  ? InstitutionType.ADMIN_SERVICE_CENTRE
                  : InstitutionType.LIBRARY,
              Fixtures.SETTLEMENT_IN.get(p[2]),
              null,
              LocalDate.of(2023, 3, 1),
              HubStatus.ACTIVE,
              null,
              null);
      hubs.add(api.post("/api/v1/hubs", hub).as(Hub.class));
    }
    return hubs;
  }

  private static void sessions(Api api, Hub hub, int count) {
    String[] titles = {
      "Дія: як отримати е-послуги", "Безпечні паролі", "Онлайн-банкінг для початківців",
      "Смартфон: перші кроки", "Як розпізнати шахраїв", "Електронна пошта і месенджери"
    };
    SessionKind[] kinds = SessionKind.values();
    AgeBand[] bands = AgeBand.values();
    LocalDate today = LocalDate.now(Kyiv.ZONE);
    for (int i = 0; i < count; i++) {
      List<Attendee> people = new ArrayList<>();
      for (int k = 0; k < 3 + (i * 7) % 11; k++) {
        Gender gender = k % 3 == 2 ? Gender.MALE : Gender.FEMALE;
        people.add(
            new Attendee(
                null,
                gender,
                bands[(k + i) % 7 + 1 > 6 ? 5 : (k + i) % 7 + 1],
                k % 5 == 0,
                k % 9 == 0,
                k % 7 == 3));
      }
      Session session =
          new Session(
              null,
              null,
              today.minusDays(1 + i * 3L),
              LocalTime.of(10 + i % 6, i % 2 * 30),
              60 + 30 * (i % 3),
              kinds[i % kinds.length],
              SessionFormat.IN_PERSON,
              titles[i % titles.length],
              List.of(i % 2 == 0 ? "E.1" : "E.4"),
              "Олена Коваль",
              null,
              List.of(),
              people,
              null,
              null,
              null);
      api.post("/api/v1/hubs/" + hub.id() + "/sessions", session);
    }
  }

  private static Equipment projector() {
    return new Equipment(
        null,
        null,
        "ІНВ-0212",
        EquipmentCategory.PROJECTOR,
        "Epson EB-E01",
        "X4PK771203",
        "Програма «Дія.Цифрова освіта»",
        LocalDate.of(2024, 5, 20),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
