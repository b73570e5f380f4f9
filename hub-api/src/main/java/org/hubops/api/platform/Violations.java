package org.hubops.api.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hubops.model.rest.Problem.FieldError;

/**
 * Collects every rule a request breaks, so the client hears about all of them at once, then throws
 * one {@link InvalidInputException}. Messages come from {@link Messages} in the caller's language.
 */
public final class Violations {

  private final Messages messages;
  private final List<FieldError> errors = new ArrayList<>();

  public Violations(Messages messages) {
    this.messages = messages;
  }

  public Messages messages() {
    return messages;
  }

  /** Records that {@code field} breaks the rule whose message is {@code key}. */
  public void add(String field, String key, Object... args) {
    errors.add(new FieldError(field, messages.get(key, args)));
  }

  public boolean has(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  /** True when {@code value} is present (a blank string is not). */
  public boolean required(String field, Object value) {
    boolean present =
        value != null
            && !(value instanceof String s && s.isBlank())
            && !(value instanceof Collection<?> c && c.isEmpty());
    if (!present) {
      add(field, "validation.required");
    }
    return present;
  }

  public void maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      add(field, "validation.maxLength", max);
    }
  }

  public void between(String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      add(field, "validation.between", min, max);
    }
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  /** Throws if any rule was broken; does nothing otherwise. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw failure();
    }
  }

  /** The exception that reports every violation recorded so far. */
  public InvalidInputException failure() {
    return new InvalidInputException(messages.get("validation.summary", errors.size()), errors);
  }
}
