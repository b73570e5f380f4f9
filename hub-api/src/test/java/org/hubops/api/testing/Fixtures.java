package org.hubops.api.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.HubStatus;
import org.hubops.model.InstitutionType;
import org.hubops.model.Role;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.SettlementType;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Participant;
import org.hubops.model.rest.Session;

/** Believable records for tests, each hub with a code of its own so tests never collide. */
public final class Fixtures {

  private static final AtomicInteger NEXT_CODE = new AtomicInteger(10000);

  private Fixtures() {}

  public static String newHubCode() {
    return "TS-" + NEXT_CODE.incrementAndGet();
  }

  public static Hub hub(String code, String oblast, LocalDate openedOn) {
    return new Hub(
        null,
        code,
        "Публічна бібліотека «Світанок»",
        InstitutionType.LIBRARY,
        oblast,
        "Жовківська міська громада",
        "Жовква",
        SettlementType.TOWN,
        "вул. Львівська, 12",
        openedOn,
        HubStatus.ACTIVE,
        null,
        null,
        null);
  }

  /** Creates a hub (Lviv oblast, opened 2023) through the API and returns it as stored. */
  public static Hub createHub(Api api) {
    ApiResponse response =
        api.post("/api/v1/hubs", hub(newHubCode(), "UA-46", LocalDate.of(2023, 1, 15)));
    if (response.status() != 201) {
      throw new IllegalStateException("Could not create a hub: " + response);
    }
    return response.as(Hub.class);
  }

  /** A password that meets the rules, for accounts that log in. */
  public static final String PASSWORD = "Бібліотека-2026-весна";

  public static String newUsername(Role role) {
    return role.name().toLowerCase(Locale.ROOT) + "-" + NEXT_CODE.incrementAndGet();
  }

  /** A new account of {@code role} with a password, serving {@code hubs} if a coordinator. */
  public static Account account(Role role, Hub... hubs) {
    return new Account(
        newUsername(role),
        "Олена Коваль",
        role,
        Arrays.stream(hubs).map(Hub::id).toList(),
        PASSWORD,
        true,
        null,
        null,
        null,
        null);
  }

  /** A participant who gave consent to keep her name and phone. */
  public static Participant participant(String code) {
    return new Participant(
        null,
        null,
        code,
        "Марія Шевченко",
        "+380501234567",
        Gender.FEMALE,
        1958,
        true,
        false,
        false,
        true,
        null,
        null,
        null);
  }

  public static Attendee attendee(Gender gender, AgeBand band) {
    return new Attendee(null, gender, band, false, false, false);
  }

  /** A group class on {@code date} with {@code count} attendees of mixed sex and age. */
  public static Session session(LocalDate date, int count) {
    List<Attendee> attendees = new ArrayList<>();
    AgeBand[] bands = AgeBand.values();
    for (int i = 0; i < count; i++) {
      Gender gender = i % 3 == 0 ? Gender.MALE : Gender.FEMALE;
      attendees.add(
          new Attendee(null, gender, bands[i % bands.length], i % 4 == 0, i % 7 == 0, i % 9 == 0));
    }
    return new Session(
        null,
        null,
        date,
        LocalTime.of(10, 30),
        90,
        SessionKind.GROUP_CLASS,
        SessionFormat.IN_PERSON,
        "Дія: як отримати е-послуги",
        List.of("E.1", "2.2"),
        "Олена Коваль",
        null,
        List.of(),
        attendees,
        null,
        null,
        null);
  }
}
