package org.hubops.api.equipment;

import java.util.List;
import org.hubops.api.imports.Imports;
import org.hubops.api.web.FormData;
import org.hubops.api.web.HubPageView;
import org.hubops.api.web.Listed;
import org.hubops.api.web.Option;
import org.hubops.api.web.Paths;
import org.hubops.api.web.SessionLine;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebText;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Page;

/** A hub's equipment with its current status. */
public final class EquipmentListView extends HubPageView {

  /** One item of the list. */
  public record Row(
      String href, String number, String category, String model, String status, String since) {}

  private final Listed<Row> found;

  EquipmentListView(Visitor visitor, Hub hub, FormData filters, Page<Equipment> page) {
    super("equipment.ftlh", visitor, visitor.text().get("equipment.title"), hub, filters);
    WebText text = visitor.text();
    this.found =
        Listed.of(
            page,
            e ->
                new Row(
                    Paths.equipmentItem(hub.id(), e.id()),
                    e.inventoryNumber(),
                    text.label(e.category()),
                    e.model() == null ? "" : e.model(),
                    text.label(e.status()),
                    e.statusSince() == null ? "" : SessionLine.DATE.format(e.statusSince())),
            visitor.path());
  }

  public String getAction() {
    return Paths.equipment(hub().id());
  }

  public String getCheckHref() {
    return Paths.equipment(hub().id()) + "/check";
  }

  public String getImportHref() {
    return Paths.imports(Imports.Kind.EQUIPMENT, hub().id());
  }

  public List<Option> getStatuses() {
    return Option.of(EquipmentStatus.class, getT());
  }

  public Listed<Row> getFound() {
    return found;
  }
}
