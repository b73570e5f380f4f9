package org.hubops.api.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubops.model.rest.Problem.FieldError;

/**
 * What is wrong with a form: one message per field, shown beside it, and the same list as a summary
 * at the top linking to each field. The services name fields by their API path ({@code
 * attendees[3].ageBand}); a form shows that against its {@code attendees} group.
 */
public final class FormErrors {

  /** One line of the summary: the id of the field to jump to, and the message. */
  public record Item(String field, String label, String message) {}

  private final Map<String, String> byField = new LinkedHashMap<>();
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final List<String> general = new ArrayList<>();

  public static FormErrors none() {
    return new FormErrors();
  }

  /**
   * The service's field errors against a form's fields; an error of a field the form does not have
   * (an id in the path, a version) is a general message.
   *
   * @param labels the form's fields and their labels, in the order the form shows them
   */
  public static FormErrors of(List<FieldError> errors, Map<String, String> labels) {
    FormErrors form = new FormErrors();
    form.labels.putAll(labels);
    for (FieldError error : errors) {
      form.add(baseOf(error.field()), error.message());
    }
    return form;
  }

  /** {@code attendees[3].ageBand} → {@code attendees}. */
  public static String baseOf(String field) {
    String name = field == null ? "" : field;
    int cut = name.length();
    for (String mark : Set.of("[", ".")) {
      int at = name.indexOf(mark);
      if (at >= 0 && at < cut) {
        cut = at;
      }
    }
    return name.substring(0, cut);
  }

  /** Records a message against a field, keeping the first one a field gets. */
  public FormErrors add(String field, String message) {
    if (labels.containsKey(field)) {
      byField.putIfAbsent(field, message);
    } else {
      general.add(message);
    }
    return this;
  }

  FormErrors label(String field, String label) {
    labels.put(field, label);
    return this;
  }

  /** A message about the whole form, such as a conflict. */
  public FormErrors general(String message) {
    general.add(message);
    return this;
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public String get(String field) {
    return byField.getOrDefault(field, "");
  }

  public boolean isEmpty() {
    return byField.isEmpty() && general.isEmpty();
  }

  public List<String> getGeneral() {
    return List.copyOf(general);
  }

  /** In the order of the form, so the summary reads top to bottom like the page. */
  public List<Item> getSummary() {
    List<Item> items = new ArrayList<>();
    for (Map.Entry<String, String> label : labels.entrySet()) {
      if (byField.containsKey(label.getKey())) {
        items.add(new Item(label.getKey(), label.getValue(), byField.get(label.getKey())));
      }
    }
    byField.forEach(
        (field, message) -> {
          if (!labels.containsKey(field)) {
            items.add(new Item(field, field, message));
          }
        });
    return items;
  }
}
