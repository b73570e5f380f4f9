package org.hubops.api.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hubops.api.audit.AuditLog;
import org.hubops.model.AgeBand;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.Gender;
import org.hubops.model.HubStatus;
import org.hubops.model.InstitutionType;
import org.hubops.model.Role;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Participant;
import org.hubops.model.rest.Session;

/** Believable records for tests, each hub with a code of its own so tests never collide. */
public final class Fixtures {

  private static final AtomicInteger NEXT_CODE = new AtomicInteger(10000);

  /** An id no record has, for bodies that name something that does not exist. */
  public static final String UNKNOWN_ID = "6f1c0f0e-2f5d-4c1b-9a57-3f1f0c2d9e11";

  private Fixtures() {}

  /** An audit trail for services built directly in tests, as HubApplication builds them. */
  public static AuditLog audit() {
    return new AuditLog(Api.JSON, Clock.systemUTC());
  }

  public static String newHubCode() {
    return "TS-" + NEXT_CODE.incrementAndGet();
  }

  /**
   * A real settlement of the codifier in each oblast (Zhovkva in Lviv oblast, a селище elsewhere,
   * the city itself for Kyiv and Sevastopol), so a test that wants a hub in an oblast gets one.
   */
  public static final Map<String, String> SETTLEMENT_IN =
      Map.ofEntries(
          Map.entry("UA-05", "UA05020030020063505"),
          Map.entry("UA-07", "UA07020070010088055"),
          Map.entry("UA-09", "UA44020010050033952"),
          Map.entry("UA-12", "UA12020010020011283"),
          Map.entry("UA-14", "UA14020010020021147"),
          Map.entry("UA-18", "UA18020050120093107"),
          Map.entry("UA-21", "UA21020010010017959"),
          Map.entry("UA-23", "UA23020030010042079"),
          Map.entry("UA-26", "UA26020010170097823"),
          Map.entry("UA-30", "UA80000000000093317"),
          Map.entry("UA-32", "UA32020010020011598"),
          Map.entry("UA-35", "UA35020030010064780"),
          Map.entry("UA-40", "UA85000000000065278"),
          Map.entry("UA-43", "UA01020010020030666"),
          Map.entry("UA-46", "UA46060130010043364"),
          Map.entry("UA-48", "UA48020010260042301"),
          Map.entry("UA-51", "UA51020050020074452"),
          Map.entry("UA-53", "UA53020050010049580"),
          Map.entry("UA-56", "UA56020050010068590"),
          Map.entry("UA-59", "UA59020030470047391"),
          Map.entry("UA-61", "UA61020050010072200"),
          Map.entry("UA-63", "UA63020010020064103"),
          Map.entry("UA-65", "UA65020010100087282"),
          Map.entry("UA-68", "UA68020030230070158"),
          Map.entry("UA-71", "UA71020010080041215"),
          Map.entry("UA-74", "UA74020010650073272"),
          Map.entry("UA-77", "UA73020030010046664"));

  /** A hub in a real settlement of {@code oblast} (none for an oblast that does not exist). */
  public static Hub hub(String code, String oblast, LocalDate openedOn) {
    return hubOn(code, SETTLEMENT_IN.get(oblast), openedOn);
  }

  public static Hub hubOn(String code, String settlementCode, LocalDate openedOn) {
    return Hub.sent(
        null,
        code,
        "Публічна бібліотека «Світанок»",
        InstitutionType.LIBRARY,
        settlementCode,
        "вул. Львівська, 12",
        openedOn,
        HubStatus.ACTIVE,
        null,
        null);
  }

  /** Creates a hub (Lviv oblast, opened 2023) through the API and returns it as stored. */
  public static Hub createHub(Api api) {
    return created(
        api.post("/api/v1/hubs", hub(newHubCode(), "UA-46", LocalDate.of(2023, 1, 15))), Hub.class);
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

  /** A new regional officer of {@code oblasts}, with a password. */
  public static Account regional(String... oblasts) {
    return account(Role.REGIONAL).withOblastsAndEmail(List.of(oblasts), null);
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

  /** A returning learner who agreed to have her name and phone kept. */
  public static Participant participant(String code) {
    return new Participant(
        null,
        null,
        code,
        "Ганна Петрівна Шевчук",
        "+380 (67) 123-45-67",
        Gender.FEMALE,
        1958,
        true,
        false,
        false,
        true,
        null,
        null,
        null,
        null);
  }

  /** A donated laptop acquired in 2024, status left to the server's default. */
  public static Equipment equipment(String inventoryNumber) {
    return new Equipment(
        null,
        null,
        inventoryNumber,
        EquipmentCategory.LAPTOP,
        "Lenovo ThinkPad E14 Gen 5",
        "PF4XK2LM",
        "Програма «Дія.Цифрова освіта» (USAID)",
        LocalDate.of(2024, 3, 12),
        null,
        null,
        LocalDate.of(2025, 11, 3),
        "Видається відвідувачам лише в читальній залі",
        null,
        null,
        null);
  }

  /** Registers {@code participant} in {@code hub} through the API and returns it as stored. */
  public static Participant createParticipant(Api api, Hub hub, Participant participant) {
    return created(
        api.post("/api/v1/hubs/" + hub.id() + "/participants", participant), Participant.class);
  }

  /** Registers {@code item} in {@code hub} through the API and returns it as stored. */
  public static Equipment createEquipment(Api api, Hub hub, Equipment item) {
    return created(api.post("/api/v1/hubs/" + hub.id() + "/equipment", item), Equipment.class);
  }

  public static <T> T created(ApiResponse response, Class<T> type) {
    if (response.status() != 201) {
      throw new IllegalStateException(
          "Could not create a " + type.getSimpleName() + ": " + response);
    }
    return response.as(type);
  }
}
