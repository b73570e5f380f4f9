package org.hubops.api.equipment;

import java.util.List;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.HubPageView;
import org.hubops.api.web.Option;
import org.hubops.api.web.Paths;
import org.hubops.api.web.SessionLine;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebText;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.EquipmentEvent;
import org.hubops.model.rest.Hub;

/** One item: what it is, its status history, and the form that changes its status. */
public final class EquipmentItemView extends HubPageView {

  /** One line of the history, oldest first. */
  public record Event(String date, String from, String to, String note, String by) {}

  private final Equipment item;
  private final List<Event> history;

  EquipmentItemView(
      Visitor visitor,
      Hub hub,
      Equipment item,
      List<EquipmentEvent> history,
      FormData form,
      FormErrors errors,
      String notice) {
    super("equipment-item.ftlh", visitor, item.inventoryNumber(), hub, form, errors);
    this.item = item;
    WebText text = visitor.text();
    this.history =
        history.stream()
            .map(
                e ->
                    new Event(
                        SessionLine.DATE.format(e.date()),
                        e.fromStatus() == null ? "" : text.label(e.fromStatus()),
                        text.label(e.toStatus()),
                        e.note() == null ? "" : e.note(),
                        e.recordedBy()))
            .toList();
    setNotice(notice);
  }

  public String getBack() {
    return Paths.equipment(hub().id());
  }

  public Equipment getItem() {
    return item;
  }

  public String getCategory() {
    return getT().label(item.category());
  }

  public String getStatus() {
    return getT().label(item.status());
  }

  public String getSince() {
    return item.statusSince() == null ? "" : SessionLine.DATE.format(item.statusSince());
  }

  public List<Event> getHistory() {
    return history;
  }

  public String getAction() {
    return Paths.equipmentItem(hub().id(), item.id()) + "/status";
  }

  /** The statuses it can move to: not the one it has. */
  public List<Option> getStatuses() {
    return Option.of(EquipmentStatus.class, getT()).stream()
        .filter(o -> !o.value().equals(item.status().name()))
        .toList();
  }
}
