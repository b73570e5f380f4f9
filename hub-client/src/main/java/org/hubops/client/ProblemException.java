package org.hubops.client;

import java.util.List;
import org.hubops.model.rest.Problem;

/**
 * The service answered with an error status. Its {@code application/problem+json} body (RFC 9457)
 * is kept as a {@link Problem}: title, detail (in the language the client asked for), the field
 * errors of bad input, and the error id of a server failure; an answer with no such body (a proxy's
 * page) gets a problem of its status alone.
 */
public final class ProblemException extends HubClientException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient Problem problem;

  ProblemException(String request, int status, Problem problem) {
    super(request + " answered " + status + describe(problem));
    this.status = status;
    this.problem = problem;
  }

  public int status() {
    return status;
  }

  /** The whole problem as the service sent it. */
  public Problem problem() {
    return problem;
  }

  public String title() {
    return problem.title();
  }

  /** What went wrong, for a person; may be {@code null}. */
  public String detail() {
    return problem.detail();
  }

  /** Every field at fault, for bad input; empty otherwise. */
  public List<Problem.FieldError> errors() {
    return problem.errors() == null ? List.of() : problem.errors();
  }

  /** For a server failure: the id under which the service's log holds the details. */
  public String errorId() {
    return problem.errorId();
  }

  private static String describe(Problem problem) {
    StringBuilder text = new StringBuilder();
    if (problem.title() != null) {
      text.append(' ').append(problem.title());
    }
    if (problem.detail() != null) {
      text.append(": ").append(problem.detail());
    }
    return text.toString();
  }
}
