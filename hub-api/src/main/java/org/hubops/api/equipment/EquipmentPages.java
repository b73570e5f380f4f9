package org.hubops.api.equipment;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import java.util.concurrent.atomic.AtomicReference;
import org.hubops.api.platform.QueryParams;
import org.hubops.api.platform.Text;
import org.hubops.api.platform.Violations;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.FormSubmit;
import org.hubops.api.web.PageContext;
import org.hubops.api.web.Paging;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebText;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Page;
import org.hubops.model.rest.StatusChange;

/**
 * A hub's equipment: the list, and each item with its status history and the form that changes its
 * status through {@link EquipmentService#changeStatus}, so the history explains every status.
 */
@Hidden // a page, not part of the API description
@Path("/hubs/{hubId}/equipment")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public record EquipmentPages(Clock clock, EquipmentService equipment) {

  @GET
  public EquipmentListView list(
      @BeanParam PageContext page,
      @QueryParam("status") String status,
      @QueryParam("page") String at) {
    Visitor visitor = page.visitor();
    Hub hub = page.hub();
    EquipmentStatus wanted =
        QueryParams.enumValue(
            "status", status, EquipmentStatus.class, new Violations(visitor.text().messages()));
    Page<Equipment> found = equipment.list(hub, wanted, null, Paging.request(at, visitor.text()));
    FormData filters = FormData.empty().put("status", wanted);
    return new EquipmentListView(visitor, hub, filters, found);
  }

  @GET
  @Path("/{id}")
  public EquipmentItemView item(@BeanParam PageContext page, @PathParam("id") String id) {
    Equipment item = equipment.get(page.hub(), Text.pathId("Equipment", id));
    FormData form = FormData.empty().put("date", Kyiv.today(clock)).put("version", item.version());
    return view(page, item, form, FormErrors.none(), page.notice("changed", "equipment.changed"));
  }

  @POST
  @Path("/{id}/status")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  public Response changeStatus(
      @BeanParam PageContext page,
      @PathParam("id") String id,
      MultivaluedMap<String, String> posted) {
    Visitor visitor = page.visitor();
    WebText text = visitor.text();
    Hub hub = page.hub();
    UUID itemId = Text.pathId("Equipment", id);
    // The item shown with the form: the stored one, read again when a newer version met the save.
    AtomicReference<Equipment> item = new AtomicReference<>(equipment.get(hub, itemId));
    FormData form = FormData.of(posted);
    Violations reading = new Violations(text.messages());
    EquipmentStatus status =
        QueryParams.enumValue("status", form.value("status"), EquipmentStatus.class, reading);
    FormErrors errors = FormErrors.of(reading.errors(), labels(text));
    LocalDate on = form.date("date", "2026-11-28", text, errors).orElse(null);
    String changed = Paths.equipmentItem(hub.id(), itemId) + "?changed=1";
    return FormSubmit.submit(
        errors,
        labels(text),
        () -> {
          StatusChange change =
              new StatusChange(
                  status, on, form.text("note").orElse(null), form.whole("version").orElse(null));
          equipment.changeStatus(hub, itemId, change, visitor.actor(), text.messages());
          return changed;
        },
        FormSubmit.ofRecord(
            true,
            changed,
            form,
            () -> {
              Equipment now = equipment.get(hub, itemId);
              item.set(now);
              return new FormSubmit.Stored(
                  now.version(), text.get("equipment.conflict", text.label(now.status())));
            }),
        shown -> view(page, item.get(), form, shown, ""));
  }

  private EquipmentItemView view(
      PageContext page, Equipment item, FormData form, FormErrors errors, String notice) {
    Hub hub = page.hub();
    return new EquipmentItemView(
        page.visitor(), hub, item, equipment.history(hub, item.id()), form, errors, notice);
  }

  private static Map<String, String> labels(WebText text) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String field : List.of("status", "date", "note")) {
      labels.put(field, text.get("equipment." + field));
    }
    return labels;
  }
}
