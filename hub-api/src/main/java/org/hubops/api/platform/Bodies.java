package org.hubops.api.platform;

/** An empty request body where a record was expected is a 400, not a NullPointerException. */
public final class Bodies {

  private Bodies() {}

  public static <T> T required(T body) {
    if (body == null) {
      throw new ProblemException(400, "Missing body", "The request needs a JSON body");
    }
    return body;
  }
}
