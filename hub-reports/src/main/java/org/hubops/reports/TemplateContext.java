package org.hubops.reports;

import java.time.LocalDate;
import java.util.List;
import org.hubops.model.rest.Topic;

/**
 * What the session template of one hub offers: its name for the title, and the values of its
 * dropdowns that are not fixed vocabularies.
 *
 * @param openedOn no session can be dated earlier, so the date cells refuse it
 * @param topics every topic, for the Topics dropdown and the list of codes
 * @param inventoryNumbers the hub's equipment, for the Equipment dropdown
 */
public record TemplateContext(
    String hubCode,
    String hubName,
    LocalDate openedOn,
    List<Topic> topics,
    List<String> inventoryNumbers) {

  public TemplateContext {
    topics = List.copyOf(topics);
    inventoryNumbers = List.copyOf(inventoryNumbers);
  }
}
