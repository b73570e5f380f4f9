package org.hubops.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.Role;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two people change one record on the pages: the second save, made on the version both opened,
 * shows the form again (409) with what this person typed, the stored version to save over
 * knowingly, and what happened; a new record's form sent twice stores it once and goes on.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class FormConflictPagesTest {

  @Parameter TestDatabase database;

  @Test
  void aSecondEditOfAParticipantOnTheSameVersionIsShownBackWithTheStoredVersion() {
    WebCast cast = WebCast.on(database);
    Hub hub = cast.hubA();
    WebClient coordinator = cast.as(cast.coordinator());
    String code = "P-" + UUID.randomUUID().toString().substring(0, 8);
    Participant stored =
        Fixtures.createParticipant(
            cast.service().as(Role.COORDINATOR, hub), hub, Fixtures.participant(code));
    String page = "/hubs/" + hub.id() + "/participants/" + stored.id();

    Map<String, String> first = participantForm(stored, "Ганна Шевчук");
    assertThat(coordinator.post(page, first).status()).isEqualTo(303);
    Map<String, String> second = participantForm(stored, "Ганна Петрівна Коваль");
    WebClient.Answer late = coordinator.post(page, second);

    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body())
        .contains("Хтось змінив учасника " + code)
        .contains("Ганна Петрівна Коваль");
    assertThat(late.field("version")).isEqualTo(String.valueOf(stored.version() + 1));
  }

  @Test
  void aNewParticipantsFormSentTwiceIsStoredOnceAndGoesOnToTheList() {
    WebCast cast = WebCast.on(database);
    Hub hub = cast.hubA();
    WebClient coordinator = cast.as(cast.coordinator());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("id", UUID.randomUUID().toString());
    form.put("code", "P-" + UUID.randomUUID().toString().substring(0, 8));
    form.put("fullName", "Олена Бондар");
    form.put("gender", "FEMALE");
    form.put("birthYear", "1961");
    form.put("consentGiven", "true");
    String list = "/hubs/" + hub.id() + "/participants";

    WebClient.Answer once = coordinator.post(list, form);
    WebClient.Answer twice = coordinator.post(list, form);

    assertThat(once.status()).isEqualTo(303);
    assertThat(twice.status()).isEqualTo(303);
    assertThat(twice.location()).endsWith(list + "?saved=1");
    assertThat(
            cast.service()
                .api()
                .get("/api/v1/hubs/" + hub.id() + "/participants/" + form.get("id"))
                .status())
        .isEqualTo(200);
  }

  @Test
  void aSecondStatusChangeOnTheSameVersionShowsTheStatusStoredMeanwhile() {
    WebCast cast = WebCast.on(database);
    Hub hub = cast.hubA();
    WebClient coordinator = cast.as(cast.coordinator());
    Equipment item =
        Fixtures.createEquipment(
            cast.service().as(Role.COORDINATOR, hub),
            hub,
            Fixtures.equipment("INV-" + UUID.randomUUID().toString().substring(0, 8)));
    String page = "/hubs/" + hub.id() + "/equipment/" + item.id();

    assertThat(
            coordinator.post(page + "/status", statusForm(item, EquipmentStatus.BROKEN)).status())
        .isEqualTo(303);
    WebClient.Answer late =
        coordinator.post(page + "/status", statusForm(item, EquipmentStatus.UNDER_REPAIR));

    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body()).contains("Стан тим часом змінили: зараз «Несправне»");
    assertThat(late.field("version")).isEqualTo(String.valueOf(item.version() + 1));
  }

  @Test
  void aSecondEditOfAHubOnTheSameVersionIsShownBackWithTheStoredVersion() {
    WebCast cast = WebCast.on(database);
    Hub hub = Fixtures.createHub(cast.service().api());
    WebClient staff = cast.as(cast.staff());
    String edit = "/hubs/" + hub.id() + "/edit";

    assertThat(staff.post(edit, hubForm(hub, "Бібліотека-філія №1")).status()).isEqualTo(303);
    WebClient.Answer late = staff.post(edit, hubForm(hub, "Бібліотека-філія №2"));

    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body())
        .contains("Хтось змінив хаб " + hub.code())
        .contains("Бібліотека-філія №2");
    assertThat(late.field("version")).isEqualTo(String.valueOf(hub.version() + 1));
  }

  private static Map<String, String> participantForm(Participant stored, String fullName) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("version", stored.version().toString());
    form.put("code", stored.code());
    form.put("fullName", fullName);
    form.put("phone", stored.phone());
    form.put("gender", stored.gender().name());
    form.put("birthYear", stored.birthYear().toString());
    form.put("consentGiven", "true");
    return form;
  }

  private static Map<String, String> statusForm(Equipment item, EquipmentStatus status) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("version", item.version().toString());
    form.put("status", status.name());
    form.put("date", LocalDate.now(Kyiv.ZONE).toString());
    return form;
  }

  private static Map<String, String> hubForm(Hub hub, String name) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("version", hub.version().toString());
    form.put("code", hub.code());
    form.put("name", name);
    form.put("institutionType", hub.institutionType().name());
    form.put("settlementCode", hub.settlementCode());
    form.put("openedOn", hub.openedOn().toString());
    form.put("status", hub.status().name());
    return form;
  }
}
