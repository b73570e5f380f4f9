package org.hubops.api.web;

import java.util.Arrays;
import java.util.List;
import org.hubops.model.Labelled;

/** One choice of a drop-down, radio group or checkbox group: what is sent, and what is shown. */
public record Option(String value, String label) {

  /** Every value of a closed vocabulary, labelled in the visitor's language. */
  public static <E extends Enum<E> & Labelled> List<Option> of(Class<E> type, WebText text) {
    return Arrays.stream(type.getEnumConstants())
        .map(value -> new Option(value.name(), text.label(value)))
        .toList();
  }
}
