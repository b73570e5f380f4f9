package org.hubops.api.web;

import org.hubops.api.platform.UnexpectedErrorMapper;
import org.hubops.model.rest.Problem;

/** A refusal as a page: what happened in plain words, and the way back. */
public final class ErrorView extends PageView {

  private final Problem problem;

  ErrorView(Visitor visitor, Problem problem) {
    super("error.ftlh", visitor, visitor.text().get(key(problem) + ".title"));
    this.problem = problem;
  }

  /** One text per kind of refusal; the API's English detail is not shown to coordinators. */
  private static String key(Problem problem) {
    if (problem.status() == 503 && UnexpectedErrorMapper.BUSY_TITLE.equals(problem.title())) {
      // Overloaded, not an outage: the database is there, and a few seconds will do.
      return "error.busy";
    }
    return switch (problem.status()) {
      case 403 -> "error.forbidden";
      case 404, 405 -> "error.notFound";
      case 409 -> "error.conflict";
      case 429 -> "error.tooMany";
      case 400, 406, 411, 413, 414, 415, 422 -> "error.badRequest";
      case 503 -> "error.unavailable";
      default -> problem.status() >= 500 ? "error.server" : "error.badRequest";
    };
  }

  public String getMessage() {
    return getT().get(key(problem) + ".text");
  }

  public int getStatus() {
    return problem.status();
  }

  /** Quoted by someone reporting a 500, so that the log entry can be found. */
  public String getErrorId() {
    return problem.errorId() == null ? "" : problem.errorId();
  }

  public String getHome() {
    return Paths.HOME;
  }
}
