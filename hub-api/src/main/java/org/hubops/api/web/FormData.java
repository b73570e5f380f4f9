package org.hubops.api.web;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hubops.api.platform.Text;

/**
 * The fields of a form as typed, kept as text: a form shown again after an error shows exactly what
 * the person typed, even where it could not be read as a number or a date.
 */
public final class FormData {

  /** Longer text than any field takes is cut, so a pasted novel cannot bloat the page sent back. */
  private static final int MAX_SHOWN = 4000;

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  private final MultivaluedMap<String, String> fields;

  private FormData(MultivaluedMap<String, String> fields) {
    this.fields = fields;
  }

  /**
   * The posted fields, with control characters other than tabs and line breaks removed: no keyboard
   * types them, and PostgreSQL refuses a NUL in text outright.
   */
  public static FormData of(MultivaluedMap<String, String> posted) {
    MultivaluedMap<String, String> clean = new MultivaluedHashMap<>();
    if (posted != null) {
      posted.forEach(
          (name, values) ->
              clean.put(
                  name,
                  values.stream()
                      .map(v -> v == null ? "" : CONTROL.matcher(v).replaceAll(""))
                      .collect(Collectors.toCollection(ArrayList::new))));
    }
    return new FormData(clean);
  }

  public static FormData empty() {
    return new FormData(new MultivaluedHashMap<>());
  }

  /**
   * The form of a stored record, to be changed: its id, and the version it was read at, so saving
   * it again replaces that version or meets the newer one.
   */
  public static FormData record(Object id, Object version) {
    return empty().put("id", id).put("version", version);
  }

  /**
   * The id made with the form when it was shown, so a double click or a resent form stores its
   * record once; a form without one (typed by hand) gets one now. The form keeps it.
   */
  public UUID madeId() {
    UUID id = text("id").flatMap(Text::uuid).orElseGet(UUID::randomUUID);
    put("id", id);
    return id;
  }

  /**
   * The id of a new record's form ({@link #madeId}); whatever version came with it is dropped, as
   * no stored version of the record is being changed.
   */
  public UUID madeNewId() {
    put("version", "");
    return madeId();
  }

  /**
   * Sets a field (a default, or a value read from the database, an enum by its name); returns this
   * form.
   */
  public FormData put(String name, Object value) {
    fields.putSingle(
        name,
        value == null ? "" : value instanceof Enum<?> choice ? choice.name() : value.toString());
    return this;
  }

  /** Ticks a checkbox (its value {@code true}) or leaves it clear; returns this form. */
  public FormData tick(String name, boolean on) {
    return put(name, on ? "true" : "");
  }

  /** Sets a field of several values, such as a group of checkboxes. */
  public FormData putAll(String name, List<?> values) {
    fields.put(name, values.stream().map(String::valueOf).toList());
    return this;
  }

  /** The first value, trimmed; blank is empty. */
  public Optional<String> text(String name) {
    String value = fields.getFirst(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** The first value as a whole number, if it is one. */
  public Optional<Long> whole(String name) {
    try {
      return text(name).map(Long::valueOf);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The value as a date ({@link Typed#date}), if one is typed; one that is no date is noted in
   * {@code errors} against the field, with what a date looks like ({@code example}).
   */
  public Optional<LocalDate> date(String name, String example, WebText text, FormErrors errors) {
    try {
      return text(name).map(Typed::date);
    } catch (DateTimeParseException e) {
      errors.add(name, text.messages().get("validation.badFormat", example));
      return Optional.empty();
    }
  }

  /** Every value of a field (checkboxes), blank ones left out. */
  public List<String> all(String name) {
    List<String> values = fields.get(name);
    return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).toList();
  }

  /** The value as typed, for {@code value="..."}; empty when there is none. */
  public String value(String name) {
    String value = fields.getFirst(name);
    if (value == null) {
      return "";
    }
    return value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) : value;
  }

  /** Whether a checkbox or an option with this value is chosen. */
  public boolean checked(String name, Object value) {
    List<String> values = fields.get(name);
    return values != null && values.contains(String.valueOf(value));
  }
}
