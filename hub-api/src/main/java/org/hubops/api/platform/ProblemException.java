package org.hubops.api.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubops.model.rest.Problem.FieldError;

/**
 * A failure the client can act on, answered as problem+json by {@link ProblemExceptionMapper}.
 * Subclasses name the common cases; the message is the problem's {@code detail}.
 */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final transient List<FieldError> errors;
  private final transient Map<String, String> headers = new LinkedHashMap<>();

  public ProblemException(int status, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public ProblemException(int status, String title, String detail) {
    this(status, title, detail, List.of());
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** Response headers the client needs to act, such as {@code Retry-After} or {@code Allow}. */
  public Map<String, String> headers() {
    return Map.copyOf(headers);
  }

  /** The same problem answered with one more response header. */
  public ProblemException withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** 404: the thing asked for does not exist (or is not visible to the caller). */
  public static ProblemException notFound(String what) {
    return new ProblemException(404, "Not found", what + " not found");
  }

  /** 409: the record changed since the client read it. */
  public static ProblemException staleVersion(String what, long currentVersion) {
    return new ProblemException(
        409,
        "Version conflict",
        what
            + " was changed by someone else (now at version "
            + currentVersion
            + "); reload it and apply your change again");
  }

  /** 409: the request conflicts with what is stored, for a reason given in {@code detail}. */
  public static ProblemException conflict(String detail) {
    return new ProblemException(409, "Conflict", detail);
  }
}
