package org.hubops.api.equipment;

import java.util.ArrayList;
import java.util.List;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.HubPageView;
import org.hubops.api.web.Option;
import org.hubops.api.web.Paths;
import org.hubops.api.web.SessionLine;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebText;
import org.hubops.model.EquipmentCondition;
import org.hubops.model.rest.CheckDue;
import org.hubops.model.rest.Hub;

/** The check page of a hub: one group of choices per item, found or not, and a note. */
public final class EquipmentCheckView extends HubPageView {

  /** An item of the round, with the names of its two fields. */
  public record Row(
      String field,
      String noteField,
      String number,
      String category,
      String model,
      String lastChecked,
      String due,
      boolean overdue) {}

  private final List<Row> rows;
  private final List<Option> choices;

  EquipmentCheckView(
      Visitor visitor,
      Hub hub,
      List<CheckDue> round,
      FormData form,
      FormErrors errors,
      String notice) {
    super(
        "equipment-check.ftlh",
        visitor,
        visitor.text().get("equipment.check.title"),
        hub,
        form,
        errors);
    WebText text = visitor.text();
    this.rows =
        round.stream()
            .map(
                item ->
                    new Row(
                        EquipmentCheckPage.field(item),
                        EquipmentCheckPage.note(item),
                        item.inventoryNumber(),
                        text.label(item.category()),
                        item.model() == null ? "" : item.model(),
                        item.lastCheckedOn() == null
                            ? text.get("equipment.check.never")
                            : text.get(
                                "equipment.check.last",
                                SessionLine.DATE.format(item.lastCheckedOn())),
                        text.get(
                            item.overdue() ? "equipment.check.overdue" : "equipment.check.dueBy",
                            SessionLine.DATE.format(item.dueOn())),
                        item.overdue()))
            .toList();
    List<Option> options = new ArrayList<>();
    options.add(new Option("", text.get("equipment.check.notChecked")));
    for (EquipmentCondition condition : EquipmentCondition.values()) {
      options.add(new Option(condition.name(), text.get("equipment.check." + condition.name())));
    }
    options.add(new Option(EquipmentCheckPage.MISSING, text.get("equipment.check.MISSING")));
    this.choices = List.copyOf(options);
    setNotice(notice);
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<Option> getChoices() {
    return choices;
  }

  public String getAction() {
    return Paths.equipment(hub().id()) + "/check";
  }

  public String getBack() {
    return Paths.equipment(hub().id());
  }
}
