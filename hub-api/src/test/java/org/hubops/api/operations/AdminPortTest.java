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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
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

    assertThat(admin("GET", "/healthcheck").statusCode()).isEqualTo(200);
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

    HttpResponse<String> answer =
        admin("POST", "/tasks/log-level?logger=org.eclipse.jetty&level=DEBUG");

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(logging.getLogger("org.eclipse.jetty").getLevel()).isEqualTo(before);
  }

  private HttpResponse<String> admin(String method, String path)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.adminPort() + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(Duration.ofSeconds(10))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
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
