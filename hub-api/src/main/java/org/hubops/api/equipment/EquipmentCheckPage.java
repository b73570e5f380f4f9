package org.hubops.api.equipment;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.FormSubmit;
import org.hubops.api.web.PageContext;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebText;
import org.hubops.model.EquipmentCondition;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.CheckDue;
import org.hubops.model.rest.EquipmentCheck;
import org.hubops.model.rest.Hub;

/**
 * The check page: a coordinator walks round the hub with a phone and marks each item found (in what
 * condition) or not found, by its inventory number, then sends the round at once. A plain form that
 * works without JavaScript; the round is stored all or none through {@link
 * EquipmentChecks#recordAll}, so a not-found item becomes LOST with history as through the API.
 */
@Hidden // a page, not part of the API description
@Path("/hubs/{hubId}/equipment/check")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public record EquipmentCheckPage(Clock clock, EquipmentChecks checks) {

  /** The value of the "not found" choice; the others are the conditions. */
  static final String MISSING = "MISSING";

  @GET
  public EquipmentCheckView page(
      @BeanParam PageContext page,
      @QueryParam("q") String number,
      @QueryParam("checked") String checked) {
    Visitor visitor = page.visitor();
    Hub hub = page.hub();
    FormData form = FormData.empty().put("date", Kyiv.today(clock)).put("q", clean(number));
    String notice = "";
    if (checked != null && checked.matches("\\d{1,4}")) {
      notice = visitor.text().get("equipment.check.saved", Integer.parseInt(checked));
    }
    return new EquipmentCheckView(
        visitor, hub, round(hub, number), form, FormErrors.none(), notice);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  public Response record(@BeanParam PageContext page, MultivaluedMap<String, String> posted) {
    Visitor visitor = page.visitor();
    WebText text = visitor.text();
    Hub hub = page.hub();
    FormData form = FormData.of(posted);
    List<CheckDue> round = round(hub, form.value("q"));
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("date", text.get("equipment.check.date"));
    round.forEach(item -> labels.put(field(item), item.inventoryNumber()));
    FormErrors errors = FormErrors.of(List.of(), labels);
    LocalDate date = form.date("date", "28.11.2026", text, errors).orElse(null);
    if (date != null && date.isAfter(Kyiv.today(clock))) {
      errors.add("date", text.messages().get("validation.dateInFuture"));
    }
    Map<UUID, EquipmentCheck> marked = new LinkedHashMap<>();
    for (CheckDue item : round) {
      String choice = form.value(field(item));
      if (!choice.isBlank()) {
        marked.put(item.equipmentId(), check(choice, date, form.value(note(item))));
      }
    }
    if (marked.isEmpty()) {
      errors.general(text.get("equipment.check.noneChosen"));
    }
    Map<UUID, String> fields = new LinkedHashMap<>();
    round.forEach(item -> fields.put(item.equipmentId(), field(item)));
    return FormSubmit.submit(
        errors,
        labels,
        () -> {
          int recorded =
              checks.recordAll(hub, marked, fields::get, visitor.actor(), text.messages());
          return Paths.equipment(hub.id()) + "/check?checked=" + recorded;
        },
        FormSubmit.NOT_SHOWN,
        shown -> new EquipmentCheckView(visitor, hub, round, form, shown, ""));
  }

  /** The hub's items to look for, those whose inventory number holds {@code number} if given. */
  private List<CheckDue> round(Hub hub, String number) {
    String wanted = clean(number).toLowerCase(java.util.Locale.ROOT);
    return checks.round(hub.id()).stream()
        .filter(
            item ->
                wanted.isEmpty()
                    || item.inventoryNumber().toLowerCase(java.util.Locale.ROOT).contains(wanted))
        .toList();
  }

  /** A choice of the form as a check: a condition found in, or not found. */
  private static EquipmentCheck check(String choice, LocalDate date, String note) {
    boolean found = !MISSING.equals(choice);
    EquipmentCondition condition = null;
    if (found) {
      try {
        condition = EquipmentCondition.valueOf(choice);
      } catch (IllegalArgumentException e) {
        condition = null; // the service says the condition is required
      }
    }
    return new EquipmentCheck(
        null, null, date, found, condition, note.isBlank() ? null : note, null, null);
  }

  static String field(CheckDue item) {
    return "c-" + item.equipmentId();
  }

  static String note(CheckDue item) {
    return "n-" + item.equipmentId();
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
