package org.hubops.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;
import java.util.Optional;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The admin port, which has no authentication, is reachable from this machine only. */
class AdminPortTest {

  private final TestService service = TestService.on(TestDatabase.H2);

  @Test
  void adminPortAnswersOnLoopbackOnly() throws Exception {
    Optional<InetAddress> outside = nonLoopbackAddress();
    assumeTrue(outside.isPresent(), "this machine has no address but loopback");

    assertThat(admin("GET", "/healthcheck").status()).isEqualTo(200);
    try (Socket socket = new Socket()) {
      assertThatThrownBy(
              () -> socket.connect(new InetSocketAddress(outside.get(), service.adminPort()), 3000))
          .as("admin port from %s", outside.get())
          .isInstanceOf(ConnectException.class);
    }
  }

  @Test
  void logLevelTaskIsNotOffered() throws Exception {
    LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    Level before = logging.getLogger("org.eclipse.jetty").getLevel();

    ApiResponse answer = admin("POST", "/tasks/log-level?logger=org.eclipse.jetty&level=DEBUG");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(logging.getLogger("org.eclipse.jetty").getLevel()).isEqualTo(before);
  }

  private ApiResponse admin(String method, String path) {
    return new Api("http://127.0.0.1:" + service.adminPort()).send(method, path, null);
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (network.isUp() && !network.isLoopback()) {
        for (InetAddress address : Collections.list(network.getInetAddresses())) {
          if (address instanceof Inet4Address) {
            return Optional.of(address);
          }
        }
      }
    }
    return Optional.empty();
  }
}
