package org.hubops.api.platform;

import java.util.List;
import org.hubops.model.rest.Problem.FieldError;

/** 422: the request is well-formed but some fields break the rules; all of them are listed. */
public final class InvalidInputException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public InvalidInputException(String detail, List<FieldError> errors) {
    super(422, "Invalid input", detail, errors);
  }
}
