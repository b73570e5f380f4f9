package org.hubops.api.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose address a request is counted under, with and without a trusted proxy in front. */
class ClientAddressTest {

  private static final String PROXY = "10.0.0.5";

  @Test
  void forwardedForIsIgnoredWhenNoProxyIsConfigured() {
    ClientAddress none = new ClientAddress(List.of());

    assertThat(none.of("198.51.100.7", "203.0.113.1")).isEqualTo("198.51.100.7");
  }

  @Test
  void forwardedForIsIgnoredFromAPeerThatIsNotATrustedProxy() {
    ClientAddress behindProxy = new ClientAddress(List.of(PROXY));

    assertThat(behindProxy.of("198.51.100.7", "203.0.113.1")).isEqualTo("198.51.100.7");
  }

  @Test
  void behindATrustedProxyTheLastAddressItDidNotAddIsTheClient() {
    ClientAddress behindProxy = new ClientAddress(List.of(PROXY, "10.0.0.6"));

    // The client typed the first entry itself; the proxies appended the rest.
    assertThat(behindProxy.of(PROXY, "1.2.3.4, 203.0.113.1, 10.0.0.6")).isEqualTo("203.0.113.1");
    assertThat(behindProxy.of(PROXY, null)).isEqualTo(PROXY);
    assertThat(behindProxy.of(PROXY, "not-an-address")).isEqualTo(PROXY);
    assertThat(behindProxy.of(PROXY, "junk, 203.0.113.1")).isEqualTo("203.0.113.1");
  }

  @Test
  void addressesAreComparedInOneSpelling() {
    ClientAddress behindProxy = new ClientAddress(List.of("::1"));

    assertThat(behindProxy.of("0:0:0:0:0:0:0:1", "2001:DB8:0:0:0:0:0:1")).isEqualTo("2001:db8::1");
  }

  @Test
  void aProxyThatIsNotAnAddressIsAConfigurationError() {
    assertThatThrownBy(() -> new ClientAddress(List.of("proxy.example")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trustedProxies");
  }
}
