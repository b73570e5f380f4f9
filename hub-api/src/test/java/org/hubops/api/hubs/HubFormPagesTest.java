package org.hubops.api.hubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.web.WebCast;
import org.hubops.api.web.WebClient;
import org.hubops.model.HubStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.SettlementType;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Registering a hub on the pages as association staff do it, without JavaScript: search the
 * settlement by the first letters of its name, choose it, save; then record that it closed last
 * month. The browser's type-ahead is in {@link HubFormBrowserTest}.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class HubFormPagesTest {

  static final String KAMIANKA = "UA23040130010014334";

  @Parameter TestDatabase database;

  @Test
  void staffFindAVillageLibrarysSettlementByItsFirstLettersAndRegisterTheHub() {
    WebCast cast = WebCast.on(database);
    WebClient staff = cast.as(cast.staff());
    assertThat(staff.get("/hubs").body()).contains("href=\"/hubs/new\"");
    assertThat(staff.get("/hubs/new").status()).isEqualTo(200);

    // Typed with a plain apostrophe; the codifier writes the typographic one.
    Map<String, String> form = typed("Кам'янка-Дн");
    form.put("find", "1");
    WebClient.Answer found = staff.post("/hubs/new", form);
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.body())
        .contains("value=\"" + KAMIANKA + "\"")
        .contains("Кам’янка-Дніпровська (Місто)")
        .contains("Кам’янсько-Дніпровська громада");

    WebClient.Answer unchosen = staff.post("/hubs/new", typed("Кам'янка-Дн"));
    assertThat(unchosen.status()).isEqualTo(422);
    assertThat(unchosen.body()).contains("id=\"settlementCode-error\"");

    Map<String, String> chosen = typed("Кам'янка-Дн");
    chosen.put("settlementCode", KAMIANKA);
    WebClient.Answer saved = staff.post("/hubs/new", chosen);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
    String home = saved.response().headers().firstValue("Location").orElseThrow();
    Hub hub = cast.service().api().get("/api/v1/hubs/" + chosen.get("code")).as(Hub.class);
    assertThat(hub.oblast()).isEqualTo("UA-23");
    assertThat(hub.settlementType()).isEqualTo(SettlementType.CITY);
    assertThat(hub.raion()).isEqualTo("Василівський");
    // The hub's page says where it is as the codifier has it: type, hromada, raion, oblast.
    assertThat(staff.get(home.replaceFirst("^https?://[^/]+", "")).body())
        .contains("Збережено")
        .contains(
            "Кам’янка-Дніпровська (Місто), Кам’янсько-Дніпровська громада, Василівський район");

    // It closed last month; recorded today, dated as it happened.
    LocalDate closedOn = LocalDate.now(Kyiv.ZONE).minusMonths(1);
    String edit = "/hubs/" + hub.id() + "/edit";
    assertThat(staff.get(edit).body()).contains("value=\"" + KAMIANKA + "\" checked");
    Map<String, String> closing = HubFormPagesTest.filled(hub);
    closing.put("status", HubStatus.CLOSED.name());
    closing.put("statusSince", closedOn.toString());
    WebClient.Answer closed = staff.post(edit, closing);
    assertThat(closed.status()).as(closed.toString()).isEqualTo(303);
    Hub after = cast.service().api().get("/api/v1/hubs/" + hub.id()).as(Hub.class);
    assertThat(after.status()).isEqualTo(HubStatus.CLOSED);
    assertThat(after.statusSince()).isEqualTo(closedOn);
    assertThat(staff.get("/hubs/" + hub.id()).body()).contains("Закрито з " + closedOn);

    // A date to come is refused beside its field, and what was typed stays.
    closing.put("version", after.version().toString());
    closing.put("status", HubStatus.ACTIVE.name());
    closing.put("statusSince", LocalDate.now(Kyiv.ZONE).plusDays(3).toString());
    WebClient.Answer future = staff.post(edit, closing);
    assertThat(future.status()).isEqualTo(422);
    assertThat(future.body()).contains("id=\"statusSince-error\"").contains(closing.get("name"));
  }

  @Test
  void aCoordinatorCannotRegisterHubs() {
    WebCast cast = WebCast.on(database);
    WebClient coordinator = cast.as(cast.coordinator());
    assertThat(coordinator.get("/hubs/new").status()).isEqualTo(403);
    assertThat(coordinator.post("/hubs/new", typed("Львів")).status()).isEqualTo(403);
    assertThat(coordinator.get("/hubs/" + cast.hubA().id() + "/edit").status()).isEqualTo(403);
    assertThat(coordinator.get("/hubs/" + cast.hubA().id()).body()).doesNotContain("/edit\"");
  }

  private static Map<String, String> typed(String place) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("code", Fixtures.newHubCode());
    form.put("name", "Публічна бібліотека-філія №3");
    form.put("institutionType", "LIBRARY");
    form.put("place", place);
    form.put("openedOn", "2024-09-01");
    form.put("status", "ACTIVE");
    return form;
  }

  private static Map<String, String> filled(Hub hub) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("version", hub.version().toString());
    form.put("code", hub.code());
    form.put("name", hub.name());
    form.put("institutionType", hub.institutionType().name());
    form.put("settlementCode", hub.settlementCode());
    form.put("openedOn", hub.openedOn().toString());
    form.put("status", hub.status().name());
    return form;
  }
}
