package org.hubops.api.access;

import com.google.common.net.InetAddresses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request comes from, as the throttle counts it. {@code X-Forwarded-For} is believed
 * only when the direct peer is one of the configured proxies ({@code access.trustedProxies}): from
 * anyone else the header is whatever they typed, and believing it would let a guesser pick a fresh
 * address for every try, or pin the lockout on someone else's.
 */
public final class ClientAddress {

  static final String FORWARDED_FOR = "X-Forwarded-For";

  private final Set<String> trustedProxies;

  /**
   * @param trustedProxies IP addresses of the proxies in front of the service
   * @throws IllegalArgumentException if one is not an IP address
   */
  public ClientAddress(List<String> trustedProxies) {
    if (trustedProxies.stream().anyMatch(proxy -> normal(proxy) == null)) {
      throw new IllegalArgumentException(
          "access.trustedProxies must list IP addresses: " + trustedProxies);
    }
    this.trustedProxies =
        trustedProxies.stream().map(ClientAddress::normal).collect(Collectors.toUnmodifiableSet());
  }

  public String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeader(FORWARDED_FOR));
  }

  /**
   * The client behind {@code peer}: if the peer is a trusted proxy, the last address of {@code
   * forwardedFor} that is not one (each proxy appends the address it was reached from, so the
   * entries left of that one are the client's to invent).
   */
  String of(String peer, String forwardedFor) {
    String client = peer == null ? "unknown" : peer;
    String direct = normal(client);
    if (forwardedFor == null || direct == null || !trustedProxies.contains(direct)) {
      return client;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = normal(hops[i].strip());
      if (hop == null) {
        // A proxy writes addresses; anything else was sent by the client. The last good hop counts.
        return client;
      }
      client = hop;
      if (!trustedProxies.contains(hop)) {
        return hop;
      }
    }
    return client;
  }

  /** The address in one spelling ({@code ::1} and {@code 0:0:0:0:0:0:0:1} alike), or null. */
  private static String normal(String address) {
    if (address == null || !InetAddresses.isInetAddress(address)) {
      return null;
    }
    return InetAddresses.toAddrString(InetAddresses.forString(address));
  }
}
