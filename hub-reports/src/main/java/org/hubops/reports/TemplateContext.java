package org.hubops.reports;

import java.time.LocalDate;
import java.util.List;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.rest.Topic;

/**
 * What the session template of one hub offers: its name for the title, and the values of its
 * dropdowns that are not fixed vocabularies.
 *
 * @param openedOn no session can be dated earlier, so the date cells refuse it
 * @param topics every topic, for the Topics dropdown and the list of codes
 * @param equipment the hub's equipment, for the Equipment dropdown
 */
public record TemplateContext(
    String hubCode, String hubName, LocalDate openedOn, List<Topic> topics, List<Item> equipment) {

  /**
   * One of the hub's items as the dropdown shows it: the inventory number, which the import reads,
   * then what it is, so the coordinator can tell the laptops from the projector.
   *
   * @param model may be null
   */
  public record Item(String inventoryNumber, EquipmentCategory category, String model) {}

  public TemplateContext {
    topics = List.copyOf(topics);
    equipment = List.copyOf(equipment);
  }
}
