package org.hubops.api.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hubops.model.rest.Problem.FieldError;

/**
 * A body that is not JSON is a 400; JSON whose values do not fit (an unknown enum value, a date
 * typed wrong, a string where a number belongs) is a 422 naming the field, e.g. {@code
 * attendees[3].ageBand}. Jackson's own text never reaches the client: it can quote Java types.
 */
public final class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(JsonProcessingException exception) {
    Messages messages = Messages.in(RequestLanguage.of(headers));
    if (!(exception instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return Problems.response(
          400, "Malformed JSON", "The request body is not valid JSON", List.of());
    }
    String field = fieldPath(mapping.getPath());
    String message = describe(mapping, messages);
    return Problems.response(
        422,
        "Invalid input",
        messages.get("validation.summary", 1),
        List.of(new FieldError(field, message)));
  }

  /** {@code attendees[3].ageBand}: the path a person would write. */
  static String fieldPath(List<JsonMappingException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      if (reference.getFieldName() != null) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        field.append('[').append(reference.getIndex()).append(']');
      }
    }
    return field.toString();
  }

  private static String describe(JsonMappingException exception, Messages messages) {
    if (exception instanceof UnrecognizedPropertyException) {
      return messages.get("validation.unknownField");
    }
    if (exception instanceof MismatchedInputException mismatch
        && mismatch.getTargetType() != null) {
      Class<?> target = mismatch.getTargetType();
      if (target.isEnum()) {
        String allowed =
            Arrays.stream(target.getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining(", "));
        return messages.get("validation.unknownValue", allowed);
      }
      return messages.get("validation.badFormat", expectedFormat(target));
    }
    if (exception instanceof InvalidFormatException) {
      return messages.get("validation.badFormat", "?");
    }
    return messages.get("validation.badFormat", "JSON");
  }

  private static String expectedFormat(Class<?> target) {
    if (target == LocalDate.class) {
      return "YYYY-MM-DD";
    }
    if (target == LocalTime.class) {
      return "HH:MM";
    }
    if (target == UUID.class) {
      return "UUID";
    }
    if (Number.class.isAssignableFrom(target) || target == int.class || target == long.class) {
      return "number";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "true/false";
    }
    if (List.class.isAssignableFrom(target)) {
      return "[...]";
    }
    if (target == String.class) {
      return "text";
    }
    return "{...}";
  }
}
