package org.hubops.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.ServiceProcess;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar from the shipped configuration with every logger at DEBUG (so Jetty prints each
 * request's headers and bytes): no token, session cookie or Set-Cookie value reaches its output.
 */
class LogMaskingIT {

  @TempDir Path folder;

  private ServiceProcess service;

  @AfterEach
  void stop() {
    if (service != null) {
      service.kill();
    }
  }

  @Test
  void noCredentialIsPrintedAtDebug() throws Exception {
    service =
        new ServiceProcess(
                ServiceProcess.CONFIG.resolve("hub-api.yml"),
                folder,
                Map.of(),
                "-Ddw.logging.level=DEBUG")
            .start();
    Api admin = service.api();
    Account account = Fixtures.account(Role.ASSOCIATION);
    assertThat(admin.post("/api/v1/accounts", account).status()).isEqualTo(201);

    ApiResponse login =
        new Api(admin.base())
            .post("/api/v1/login", new Login(account.username(), Fixtures.PASSWORD));
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    String cookie = login.header("Set-Cookie").orElseThrow().split(";", 2)[0];
    String session = cookie.substring(cookie.indexOf('=') + 1);

    Api withCookie = new Api(admin.base()).withToken(service.adminToken()).with("Cookie", cookie);
    for (int i = 0; i < 5; i++) {
      assertThat(withCookie.get("/api/v1/me?probe=masking").status()).isEqualTo(200);
    }
    Thread.sleep(1_000);
    service.kill();

    String printed = service.output();
    assertThat(printed).as("Jetty logged the requests at DEBUG").contains("probe=masking");
    assertThat(printed).contains(LogMasking.MASK);
    assertThat(printed)
        .doesNotContain(service.adminToken())
        .doesNotContain(service.adminToken().substring(7, 27))
        .doesNotContain(session);
  }
}
