package org.hubops.api.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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

  /** A problem whose message is already written in the caller's language. */
  public void addWritten(String field, String message) {
    errors.add(new FieldError(field, message));
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

  /** True when {@code value} is present and at most {@code max} characters long. */
  public boolean requiredText(String field, String value, int max) {
    if (!required(field, value)) {
      return false;
    }
    maxLength(field, value, max);
    return !has(field);
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

  public void notInFuture(String field, LocalDate date, LocalDate today) {
    if (date != null && date.isAfter(today)) {
      add(field, "validation.dateInFuture");
    }
  }

  /**
   * A field the client may leave out (the address already says it, or only another call changes
   * it), but that must not contradict what the server holds when it is sent.
   */
  public void matchesIfGiven(String field, Object given, Object expected, String key) {
    if (given != null && !Objects.equals(given, expected)) {
      add(field, key);
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

  /**
   * Two requests storing the same unique value at once both pass the check; the database stops the
   * second, which then hears it as the field error a check would have given, not as a 500.
   */
  public static RuntimeException uniqueOr(
      RuntimeException e, Messages messages, String field, Object value) {
    if (!Database.isUniqueViolation(e)) {
      return e;
    }
    Violations violations = new Violations(messages);
    violations.add(field, "validation.unique", value);
    return violations.failure();
  }

  /** The exception that reports every violation recorded so far. */
  public InvalidInputException failure() {
    return new InvalidInputException(messages.get("validation.summary", errors.size()), errors);
  }
}
