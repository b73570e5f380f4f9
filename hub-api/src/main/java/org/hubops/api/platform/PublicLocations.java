package org.hubops.api.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;

/**
 * The {@code Location} of every answer, built from what the service knows and never from the
 * request's {@code Host} header, which anyone can set (a cache or a link in a mail would then point
 * to the sender's site). A {@code 201 Created} names the new record for programs that keep it, so
 * it is absolute, under the configured {@code publicUrl}; a redirect (a page's 303) is relative, so
 * the browser stays on the address it used.
 */
public final class PublicLocations implements ContainerResponseFilter {

  private final String publicUrl;

  /**
   * @param publicUrl where clients reach the service, such as {@code https://hubops.example.org}
   */
  public PublicLocations(URI publicUrl) {
    String base = publicUrl.toString();
    this.publicUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
    if (location == null) {
      return;
    }
    URI uri = location instanceof URI given ? given : URI.create(location.toString());
    String local =
        (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    response
        .getHeaders()
        .putSingle(
            HttpHeaders.LOCATION,
            URI.create(response.getStatus() == 201 ? publicUrl + local : local));
  }
}
