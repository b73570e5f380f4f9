package org.hubops.api.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.Role;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Login;
import org.hubops.model.rest.NewToken;
import org.hubops.model.rest.StatusChange;

/**
 * One try of one door at one hub: makes, through the admin's client, whatever the door's path and
 * body need (a session, an account, a participant, ...), fresh each time so that one knock never
 * depends on another.
 */
final class Knock {

  private final Api admin;
  private final String hubId;
  private final Map<String, Supplier<String>> placeholders = new LinkedHashMap<>();
  private final Map<String, JsonNode> made = new LinkedHashMap<>();

  Knock(Api admin, String hubId) {
    this.admin = admin;
    this.hubId = hubId;
    placeholders.put("{hub}", () -> hubId);
    placeholders.put("{session}", () -> made("session").path("id").asText());
    placeholders.put("{participant}", () -> made("participant").path("id").asText());
    placeholders.put("{equipment}", () -> made("equipment").path("id").asText());
    placeholders.put("{account}", () -> made("account").path("username").asText());
    placeholders.put("{token}", () -> made("token").path("id").asText());
  }

  String path(String template) {
    String path = template;
    for (Map.Entry<String, Supplier<String>> placeholder : placeholders.entrySet()) {
      if (path.contains(placeholder.getKey())) {
        path = path.replace(placeholder.getKey(), placeholder.getValue().get());
      }
    }
    return path;
  }

  /** A file sent as the whole body, as the import endpoints take it. */
  record FileBody(String contentType, byte[] bytes) {}

  // Bodies, one per kind of write.

  /** A nil report: the hubs of the matrix log nothing in the cycle's quarter. */
  Object nilReport() {
    return Api.JSON.createObjectNode().put("nil", true).put("reason", "CLOSED");
  }

  Object review() {
    return Api.JSON.createObjectNode().put("comment", "Перевірте, будь ласка");
  }

  Object newHub() {
    return Fixtures.hub(Fixtures.newHubCode(), "UA-46", LocalDate.of(2023, 1, 15));
  }

  Object currentHub() {
    return read("/api/v1/hubs/" + hubId);
  }

  Object newSession() {
    return Fixtures.session(LocalDate.now(Kyiv.ZONE).minusDays(3), 2);
  }

  Object sessionEdit() {
    ObjectNode edit = Api.JSON.valueToTree(newSession());
    return edit.put("version", made("session").path("version").asLong());
  }

  Object newAccount() {
    return Fixtures.account(Role.ASSOCIATION);
  }

  Object accountEdit() {
    return ((ObjectNode) made("account")).put("displayName", "Петро Іваненко");
  }

  Object newToken() {
    return new NewToken("matrix");
  }

  Object login() {
    return new Login(made("account").path("username").asText(), Fixtures.PASSWORD);
  }

  Object newParticipant() {
    return Fixtures.participant("P-" + Fixtures.newHubCode());
  }

  Object participantEdit() {
    return ((ObjectNode) made("participant")).put("phone", "+380671112233");
  }

  Object newEquipment() {
    return new Equipment(
        null,
        null,
        "INV-" + Fixtures.newHubCode(),
        EquipmentCategory.LAPTOP,
        "Lenovo V15",
        null,
        "USAID",
        LocalDate.of(2024, 3, 1),
        EquipmentStatus.IN_SERVICE,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  Object equipmentEdit() {
    return ((ObjectNode) made("equipment")).put("notes", "Перевірено");
  }

  Object statusChange() {
    return new StatusChange(EquipmentStatus.UNDER_REPAIR, null, "Екран", null);
  }

  /** The hub's own empty template, as a coordinator downloads it. */
  Object emptyTemplate() {
    return new FileBody(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        admin.downloadBody("/api/v1/hubs/" + hubId + "/template"));
  }

  Object equipmentList() {
    return new FileBody(
        "text/csv",
        ("Інвентарний номер;Категорія\nINV-" + Fixtures.newHubCode() + ";Ноутбук\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  Object hubRegister() {
    return new FileBody(
        "text/csv",
        ("Код;Назва;Тип закладу;Область;Громада;Населений пункт;Тип населеного пункту;Адреса;"
                + "Дата відкриття\n"
                + Fixtures.newHubCode()
                + ";Бібліотека;Бібліотека;UA-46;Жовківська громада;Жовква;Селище;"
                + "вул. Львівська, 12;15.01.2023\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  private JsonNode made(String what) {
    return made.computeIfAbsent(what, this::make);
  }

  private JsonNode make(String what) {
    String hub = "/api/v1/hubs/" + hubId;
    return switch (what) {
      case "session" -> created(admin.post(hub + "/sessions", newSession()));
      case "participant" -> created(admin.post(hub + "/participants", newParticipant()));
      case "equipment" -> created(admin.post(hub + "/equipment", newEquipment()));
      case "account" -> created(admin.post("/api/v1/accounts", newAccount()));
      case "token" ->
          created(admin.post("/api/v1/accounts/" + path("{account}") + "/tokens", newToken()));
      default -> throw new IllegalArgumentException(what);
    };
  }

  private JsonNode read(String path) {
    ApiResponse response = admin.get(path);
    if (response.status() != 200) {
      throw new IllegalStateException("Could not read " + path + ": " + response);
    }
    return response.json();
  }

  private static JsonNode created(ApiResponse response) {
    if (response.status() != 201) {
      throw new IllegalStateException("Could not make what the door needs: " + response);
    }
    return response.json();
  }
}
