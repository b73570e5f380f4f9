package org.hubops.api.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Hub;

/**
 * The people of the page tests, made once per database: hub A with its coordinator, hub B with
 * another, an association staff member and an admin, each able to log in with {@link
 * Fixtures#PASSWORD}.
 */
public record WebCast(
    TestService service, Hub hubA, Hub hubB, Account coordinator, Account staff, Account admin) {

  private static final Map<TestDatabase, WebCast> CASTS = new ConcurrentHashMap<>();

  public static WebCast on(TestDatabase database) {
    return CASTS.computeIfAbsent(
        database,
        d -> {
          TestService service = TestService.on(d);
          Hub a = Fixtures.createHub(service.api());
          Hub b = Fixtures.createHub(service.api());
          return new WebCast(
              service,
              a,
              b,
              service.addAccount(Role.COORDINATOR, a),
              service.addAccount(Role.ASSOCIATION),
              service.addAccount(Role.ADMIN));
        });
  }

  public WebClient as(Account account) {
    return new WebClient(service).login(account.username());
  }

  public WebClient anonymous() {
    return new WebClient(service);
  }
}
