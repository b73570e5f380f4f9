package org.hubops.api.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.api.web.WebCast;
import org.hubops.api.web.WebClient;
import org.hubops.model.Quarter;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reporting cycle through its pages, as a coordinator and association staff go through it: the
 * checklist before submitting, submit, return with a comment, resubmit, approve, lock, unlock. A
 * quarter long past (nobody else's tests write there) on the pages' shared service.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class CyclePagesTest {

  private static final Quarter QUARTER = Quarter.of(2019, 3);

  @Parameter TestDatabase database;

  @Test
  void aCoordinatorSubmitsAfterTheChecklistAndStaffReturnApproveAndLock() throws Exception {
    WebCast cast = WebCast.on(database);
    TestService service = cast.service();
    Api admin = service.api();
    Hub hub =
        Fixtures.created(
            admin.post(
                "/api/v1/hubs",
                Fixtures.hub(Fixtures.newHubCode(), "UA-46", LocalDate.of(2019, 1, 1))),
            Hub.class);
    Account coordinator = service.addAccount(Role.COORDINATOR, hub);
    Api coordinatorApi = service.as(Role.COORDINATOR, hub);
    String sessions = "/api/v1/hubs/" + hub.id() + "/sessions";
    assertThat(
            coordinatorApi.post(sessions, Fixtures.session(LocalDate.of(2019, 8, 12), 3)).status())
        .isEqualTo(201);
    assertThat(
            coordinatorApi.post(sessions, Fixtures.session(LocalDate.of(2019, 9, 2), 0)).status())
        .isEqualTo(201);
    assertThat(
            coordinatorApi
                .post("/api/v1/hubs/" + hub.id() + "/equipment", Fixtures.equipment("INV-1"))
                .status())
        .isEqualTo(201);
    WebClient librarian = new WebClient(service).login(coordinator.username());
    WebClient staff = cast.as(cast.staff());
    String submitPage = "/hubs/" + hub.id() + "/submit/" + QUARTER;
    String queue = "/submissions?quarter=" + QUARTER;
    String decisions = "/submissions/" + hub.id() + "/" + QUARTER;

    // What a reviewer would ask about is on the page before the button, and in the API.
    String before = librarian.get(submitPage).body();
    assertThat(before)
        .contains(
            "Занять без жодного учасника: 1",
            "Занять, записаних після завершення кварталу: 2",
            "Одиниць обладнання, не перевірених понад рік: 1",
            "Буде подано 2 заняття і 3 відвідування",
            "Подати звіт");
    JsonNode checklist =
        Api.JSON.readTree(
            coordinatorApi
                .get("/api/v1/hubs/" + hub.id() + "/submissions/" + QUARTER + "/checklist")
                .body());
    assertThat(checklist.path("sessions").asInt()).isEqualTo(2);
    assertThat(checklist.path("attendances").asInt()).isEqualTo(3);
    assertThat(checklist.path("withoutAttendees").asInt()).isEqualTo(1);
    assertThat(checklist.path("lateEntries").asInt()).isEqualTo(2);
    assertThat(checklist.path("equipmentUnchecked").asInt()).isEqualTo(1);

    // Submit; a second copy of the form (a double click) is told it is already in.
    WebClient.Answer submitted =
        librarian.post(submitPage, Map.of("note", "Вересень: 1 скасовано"));
    assertThat(submitted.status()).isEqualTo(303);
    assertThat(librarian.get(submitted.location().replaceFirst("^https?://[^/]+", "")).body())
        .contains("Звіт подано. Дякуємо!", "Стан подання: Подано", "Вересень: 1 скасовано")
        .doesNotContain("<button type=\"submit\">Подати звіт</button>");
    WebClient.Answer twice = librarian.post(submitPage, Map.of());
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.body()).contains("вже подано");

    // Staff find it in the queue; a return needs a comment, which the coordinator then reads.
    assertThat(staff.get(queue).body()).contains(hub.code(), "Затвердити", "Повернути", "Подано");
    WebClient.Answer noComment = staff.post(decisions + "/return", Map.of("comment", " "));
    assertThat(noComment.status()).isEqualTo(422);
    assertThat(noComment.body()).contains(hub.code() + ":");
    assertThat(
            staff
                .post(decisions + "/return", Map.of("comment", "Додайте учасників 02.09"))
                .status())
        .isEqualTo(303);
    assertThat(librarian.get(submitPage).body())
        .contains("Повернуто на доопрацювання", "Додайте учасників 02.09", "Подати звіт");

    // Resubmitted and approved; only an admin may reopen.
    assertThat(librarian.post(submitPage, Map.of()).status()).isEqualTo(303);
    assertThat(staff.post(decisions + "/approve", Map.of()).status()).isEqualTo(303);
    assertThat(staff.get(queue + "&state=APPROVED").body()).contains(hub.code(), "Затверджено");
    assertThat(staff.get(queue + "&state=RETURNED").body()).doesNotContain(hub.code());
    assertThat(staff.post(decisions + "/reopen", Map.of("comment", "так")).status()).isEqualTo(403);

    // Staff lock the quarter on its page; the coordinator's page says so; only an admin unlocks.
    String quarterPage = "/quarters/" + QUARTER;
    assertThat(staff.get(quarterPage).body()).contains("Квартал відкрито", "Закрити квартал");
    assertThat(staff.post(quarterPage + "/lock", Map.of()).status()).isEqualTo(303);
    assertThat(staff.get(quarterPage).body())
        .contains("Квартал закрито", "закрив(-ла) " + cast.staff().username())
        .doesNotContain("Відкрити квартал");
    assertThat(librarian.get(submitPage).body()).contains("Квартал закрито");
    assertThat(
            coordinatorApi.post(sessions, Fixtures.session(LocalDate.of(2019, 9, 3), 2)).status())
        .isEqualTo(409);
    assertThat(staff.post(quarterPage + "/unlock", Map.of()).status()).isEqualTo(403);
    WebClient boss = cast.as(cast.admin());
    assertThat(boss.post(quarterPage + "/unlock", Map.of()).status()).isEqualTo(303);
    assertThat(boss.get(quarterPage).body()).contains("Квартал відкрито");

    // Nobody else's coordinator reaches the page; a coordinator reaches no queue.
    assertThat(cast.as(cast.coordinator()).get(submitPage).status()).isIn(403, 404);
    assertThat(librarian.get(queue).status()).isEqualTo(403);
  }
}
