package org.hubops.api.access;

import java.util.Arrays;
import java.util.function.Function;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;

/**
 * One row of the access matrix: a request and the status each caller should get. {@code {hub}} in
 * the path is the hub knocked on; {@code {session}}, {@code {account}} and the like are made fresh
 * for each knock by {@link Knock}.
 *
 * @param request method and path template, e.g. {@code "GET /api/v1/hubs/{hub}/sessions"}
 * @param expected statuses in the order of {@link Knocker}: admin, association, coordinator at
 *     their own hub, coordinator at another hub, regional officer at a hub of their oblast and at a
 *     hub of another oblast, no token, and a bad token. The regional columns are {@link #UNSET}
 *     until {@link #regional} sets them, so a row that forgets them fails.
 */
record Door(String request, Function<Knock, Object> body, int... expected) {

  static final int UNSET = -1;

  /** A door that a request without a valid token finds closed with 401. */
  static Door door(String request, int admin, int association, int ownHub, int otherHub) {
    return new Door(
        request, k -> null, admin, association, ownHub, otherHub, UNSET, UNSET, 401, 401);
  }

  /** A door that answers without a login. */
  static Door open(String request, int status) {
    int[] all = new int[Knocker.values().length];
    Arrays.fill(all, status);
    return new Door(request, k -> null, all);
  }

  Door body(Function<Knock, Object> maker) {
    return new Door(request, maker, expected);
  }

  /** What a regional officer of hub A's oblast gets at hub A, and at hub B of another oblast. */
  Door regional(int ownOblast, int otherOblast) {
    int[] statuses = expected.clone();
    statuses[Knocker.REGIONAL_OWN_OBLAST.ordinal()] = ownOblast;
    statuses[Knocker.REGIONAL_OTHER_OBLAST.ordinal()] = otherOblast;
    return new Door(request, body, statuses);
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
