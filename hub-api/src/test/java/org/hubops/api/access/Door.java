package org.hubops.api.access;

import java.util.function.Function;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;

/**
 * One row of the access matrix: a request and the status each caller should get. {@code {hub}} in
 * the path is the hub knocked on; {@code {session}}, {@code {account}} and the like are made fresh
 * for each knock by {@link Knock}.
 *
 * @param request method and path template, e.g. {@code "GET /api/v1/hubs/{hub}/sessions"}
 * @param expected statuses for admin, association, coordinator at their own hub, coordinator at
 *     another hub, no token, and a bad token
 */
record Door(String request, Function<Knock, Object> body, int... expected) {

  /** A door that a request without a valid token finds closed with 401. */
  static Door door(String request, int admin, int association, int ownHub, int otherHub) {
    return new Door(request, k -> null, admin, association, ownHub, otherHub, 401, 401);
  }

  /** A door that answers without a login. */
  static Door open(String request, int status) {
    return new Door(request, k -> null, status, status, status, status, status, status);
  }

  Door body(Function<Knock, Object> maker) {
    return new Door(request, maker, expected);
  }

  int expectedFor(Knocker knocker) {
    return expected[knocker.ordinal()];
  }

  ApiResponse knock(Api api, Knock knock) {
    String[] parts = request.split(" ", 2);
    String path = knock.path(parts[1]);
    Object sent = body().apply(knock);
    if (sent instanceof Knock.FileBody file) {
      return api.postBytes(path, file.contentType(), file.bytes());
    }
    return api.send(parts[0], path, sent);
  }

  @Override
  public String toString() {
    return request;
  }
}
