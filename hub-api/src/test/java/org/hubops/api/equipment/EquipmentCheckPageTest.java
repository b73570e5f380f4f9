package org.hubops.api.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.web.WebCast;
import org.hubops.api.web.WebClient;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.EquipmentCheck;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The check page without JavaScript: a coordinator finds the hub's items by inventory number, marks
 * several at once, and one plain form post records them all (a missing one becomes LOST), or none
 * when one of them is wrong. On both databases.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class EquipmentCheckPageTest {

  private static final LocalDate TODAY = LocalDate.now(Kyiv.ZONE);

  @Parameter TestDatabase database;

  @Test
  void aRoundOfChecksIsRecordedFromOneFormPost() {
    WebCast cast = WebCast.on(database);
    Api api = cast.service().api();
    String prefix = "К" + Fixtures.newHubCode();
    Equipment laptop = item(api, cast.hubA(), prefix + "-1", TODAY.minusMonths(13));
    Equipment router = item(api, cast.hubA(), prefix + "-2", null);
    Equipment skipped = item(api, cast.hubA(), prefix + "-3", TODAY.minusMonths(2));
    WebClient coordinator = cast.as(cast.coordinator());
    String page = "/hubs/" + cast.hubA().id() + "/equipment/check";

    WebClient.Answer found = coordinator.get(page + "?q=" + prefix.toLowerCase());
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.body())
        .contains(prefix + "-1", prefix + "-2", prefix + "-3")
        .contains("Перевірку прострочено з")
        .contains("name=\"c-" + laptop.id() + "\"");
    assertThat(coordinator.get(page + "?q=" + prefix + "-2").body())
        .contains(prefix + "-2")
        .doesNotContain(prefix + "-1<");

    Map<String, String> round = new LinkedHashMap<>();
    round.put("q", prefix);
    round.put("date", TODAY.minusDays(1).toString());
    round.put("c-" + laptop.id(), "NEEDS_REPAIR");
    round.put("n-" + laptop.id(), "Тріснув корпус");
    round.put("c-" + router.id(), "MISSING");
    round.put("c-" + skipped.id(), "");
    WebClient.Answer sent = coordinator.post(page, round);

    assertThat(sent.status()).as(sent.body()).isEqualTo(303);
    assertThat(sent.location()).endsWith("/equipment/check?checked=2");
    assertThat(coordinator.get(sent.location()).body()).contains("Записано 2 перевірки.");
    EquipmentCheck[] laptopChecks =
        api.get(item(cast.hubA(), laptop) + "/checks").as(EquipmentCheck[].class);
    assertThat(laptopChecks).hasSize(1);
    assertThat(laptopChecks[0].note()).isEqualTo("Тріснув корпус");
    assertThat(laptopChecks[0].date()).isEqualTo(TODAY.minusDays(1));
    assertThat(api.get(item(cast.hubA(), router)).as(Equipment.class).status())
        .isEqualTo(EquipmentStatus.LOST);
    assertThat(api.get(item(cast.hubA(), skipped)).as(Equipment.class).lastCheckedOn())
        .isEqualTo(TODAY.minusMonths(2));
  }

  @Test
  void aWrongRoundStoresNothingAndSaysWhichItemIsWrong() {
    WebCast cast = WebCast.on(database);
    Api api = cast.service().api();
    String prefix = "Л" + Fixtures.newHubCode();
    Equipment young = item(api, cast.hubA(), prefix + "-1", null);
    Equipment other = item(api, cast.hubA(), prefix + "-2", null);
    WebClient coordinator = cast.as(cast.coordinator());
    String page = "/hubs/" + cast.hubA().id() + "/equipment/check";

    WebClient.Answer none = coordinator.post(page, Map.of("q", prefix, "date", TODAY.toString()));
    WebClient.Answer future =
        coordinator.post(
            page,
            Map.of(
                "q", prefix, "date", TODAY.plusDays(1).toString(), "c-" + young.id(), "WORKING"));
    // Before the item was acquired (a year ago): refused, and the other item's check with it.
    WebClient.Answer early =
        coordinator.post(
            page,
            Map.of(
                "q",
                prefix,
                "date",
                TODAY.minusYears(2).toString(),
                "c-" + young.id(),
                "WORKING",
                "c-" + other.id(),
                "WORKING"));

    assertThat(none.status()).isEqualTo(422);
    assertThat(none.body()).contains("Позначте хоча б одну перевірену одиницю.");
    assertThat(future.status()).isEqualTo(422);
    assertThat(future.body()).contains("href=\"#date\"");
    assertThat(early.status()).isEqualTo(422);
    assertThat(early.body())
        .contains("href=\"#c-" + young.id() + "\"")
        .contains("checked>"); // what was marked stays marked
    assertThat(api.get(item(cast.hubA(), other) + "/checks").as(EquipmentCheck[].class)).isEmpty();
  }

  @Test
  void staffSeeTheRoundButCannotRecordIt() {
    WebCast cast = WebCast.on(database);
    String prefix = "М" + Fixtures.newHubCode();
    Equipment item = item(cast.service().api(), cast.hubA(), prefix + "-1", null);
    WebClient staff = cast.as(cast.staff());
    String page = "/hubs/" + cast.hubA().id() + "/equipment/check";

    WebClient.Answer seen = staff.get(page + "?q=" + prefix);
    WebClient.Answer posted =
        staff.post(page, Map.of("date", TODAY.toString(), "c-" + item.id(), "WORKING"));

    assertThat(seen.status()).isEqualTo(200);
    assertThat(seen.body())
        .contains(prefix + "-1")
        .doesNotContain("method=\"post\" action=\"" + page);
    assertThat(posted.status()).isIn(403, 404);
    assertThat(
            cast.as(cast.coordinator())
                .get("/hubs/" + cast.hubB().id() + "/equipment/check")
                .status())
        .isIn(403, 404);
  }

  static Equipment item(Api api, Hub hub, String number, LocalDate checked) {
    return Fixtures.createEquipment(
        api,
        hub,
        new Equipment(
            null,
            null,
            number,
            EquipmentCategory.LAPTOP,
            "Lenovo IdeaPad 3",
            null,
            "USAID",
            TODAY.minusYears(1),
            null,
            null,
            checked,
            null,
            null,
            null,
            null));
  }

  private static String item(Hub hub, Equipment item) {
    return "/api/v1/hubs/" + hub.id() + "/equipment/" + item.id();
  }
}
