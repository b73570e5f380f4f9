package org.hubops.api.access;

import jakarta.ws.rs.core.HttpHeaders;
import org.hubops.api.platform.ProblemException;

/** 401 answers, each with the {@code WWW-Authenticate} challenge that HTTP asks of a 401. */
public final class Unauthorized {

  private Unauthorized() {}

  /**
   * @param badToken whether a token was sent and refused ({@code error="invalid_token"}, RFC 6750)
   */
  public static ProblemException problem(String detail, boolean badToken) {
    String challenge = "Bearer realm=\"hubops\"" + (badToken ? ", error=\"invalid_token\"" : "");
    return new ProblemException(401, "Unauthorized", detail)
        .withHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
  }
}
