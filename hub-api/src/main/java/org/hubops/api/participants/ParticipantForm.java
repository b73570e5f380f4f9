package org.hubops.api.participants;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.WebText;
import org.hubops.model.Gender;
import org.hubops.model.rest.Participant;

/** The participant form as typed, read into what {@code ParticipantService} takes. */
final class ParticipantForm {

  static final List<String> FIELDS =
      List.of(
          "code",
          "fullName",
          "phone",
          "consentGiven",
          "gender",
          "birthYear",
          "idp",
          "disability",
          "veteran");

  private ParticipantForm() {}

  static Map<String, String> labels(WebText text) {
    Map<String, String> labels = new LinkedHashMap<>();
    FIELDS.forEach(field -> labels.put(field, text.get("participant." + field)));
    return labels;
  }

  static Participant read(FormData form, UUID id, UUID hubId, WebText text, FormErrors errors) {
    Integer birthYear = null;
    if (form.text("birthYear").isPresent()) {
      birthYear =
          form.whole("birthYear").filter(y -> y > 0 && y < 10_000).map(Long::intValue).orElse(null);
      if (birthYear == null) {
        errors.add("birthYear", text.messages().get("validation.badFormat", "1958"));
      }
    }
    Gender gender = null;
    if (form.text("gender").isPresent()) {
      try {
        gender = Gender.valueOf(form.text("gender").get());
      } catch (IllegalArgumentException e) {
        errors.add("gender", text.messages().get("validation.required"));
      }
    }
    return new Participant(
        id,
        hubId,
        form.text("code").orElse(null),
        form.text("fullName").orElse(null),
        form.text("phone").orElse(null),
        gender,
        birthYear,
        form.checked("idp", "true"),
        form.checked("disability", "true"),
        form.checked("veteran", "true"),
        form.checked("consentGiven", "true"),
        null,
        form.whole("version").orElse(null),
        null,
        null);
  }

  static FormData fill(Participant p) {
    return FormData.record(p.id(), p.version())
        .put("code", p.code())
        .put("fullName", p.fullName())
        .put("phone", p.phone())
        .put("gender", p.gender())
        .put("birthYear", p.birthYear())
        .tick("idp", p.idp())
        .tick("disability", p.disability())
        .tick("veteran", p.veteran())
        .tick("consentGiven", p.consentGiven());
  }
}
