package org.hubops.client;

/**
 * A request to the service that did not complete: the connection broke, or the answer could not be
 * read. Its subclasses say which failures a caller can tell apart: the service could not be reached
 * ({@link UnreachableException}), it answered with a problem ({@link ProblemException}), a file to
 * upload cannot be read ({@link UnreadableFileException}).
 */
public class HubClientException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public HubClientException(String message, Throwable cause) {
    super(message, cause);
  }

  HubClientException(String message) {
    super(message);
  }
}
