package org.hubops.api.hubs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.Typed;
import org.hubops.api.web.WebText;
import org.hubops.model.HubStatus;
import org.hubops.model.InstitutionType;
import org.hubops.model.rest.Hub;

/**
 * The hub form as typed, read into what {@code HubService} takes. The settlement is chosen from the
 * codifier, never typed: {@code place} holds the letters searched for, {@code settlementCode} the
 * settlement picked among the matches; everything else about the place follows from the code.
 */
final class HubForm {

  static final List<String> FIELDS =
      List.of(
          "code",
          "name",
          "institutionType",
          "settlementCode",
          "address",
          "openedOn",
          "status",
          "statusSince");

  private HubForm() {}

  static Map<String, String> labels(WebText text) {
    Map<String, String> labels = new LinkedHashMap<>();
    FIELDS.forEach(field -> labels.put(field, text.get("hubForm." + field)));
    return labels;
  }

  /** Reads the form; what cannot be read is recorded in {@code errors} and left empty. */
  static Hub read(FormData form, UUID id, WebText text, FormErrors errors) {
    return Hub.sent(
        id,
        form.text("code").orElse(null),
        form.text("name").orElse(null),
        choice(form, "institutionType", InstitutionType.class, text, errors),
        form.text("settlementCode").orElse(null),
        form.text("address").orElse(null),
        date(form, "openedOn", text, errors),
        choice(form, "status", HubStatus.class, text, errors),
        date(form, "statusSince", text, errors),
        form.whole("version").orElse(null));
  }

  static FormData fill(Hub hub) {
    return FormData.empty()
        .put("id", hub.id())
        .put("version", hub.version())
        .put("code", hub.code())
        .put("name", hub.name())
        .put("institutionType", hub.institutionType() == null ? "" : hub.institutionType().name())
        .put("settlementCode", hub.settlementCode())
        .put("address", hub.address())
        .put("openedOn", hub.openedOn())
        .put("status", hub.status() == null ? "" : hub.status().name())
        .put("statusSince", hub.statusSince());
  }

  private static LocalDate date(FormData form, String field, WebText text, FormErrors errors) {
    Optional<String> typed = form.text(field);
    if (typed.isEmpty()) {
      return null;
    }
    try {
      return Typed.date(typed.get());
    } catch (DateTimeParseException e) {
      errors.add(field, text.messages().get("validation.badFormat", "2026-11-28"));
      return null;
    }
  }

  private static <E extends Enum<E>> E choice(
      FormData form, String field, Class<E> type, WebText text, FormErrors errors) {
    Optional<String> typed = form.text(field);
    if (typed.isEmpty()) {
      return null;
    }
    try {
      return Enum.valueOf(type, typed.get());
    } catch (IllegalArgumentException e) {
      errors.add(field, text.messages().get("validation.required"));
      return null;
    }
  }
}
