package org.hubops.api.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;

/**
 * Every API answer is {@code Cache-Control: no-store} unless its route says otherwise (the
 * reference lists, with Dropwizard's {@code @CacheControl}): participants, accounts and {@code /me}
 * carry personal data, and a copy must not stay in a shared library PC's cache or a proxy. A
 * default rather than a header per route, so that a route added later is covered without thought.
 */
// Response filters run from the highest priority number down: this one runs after the route's.
@Priority(Priorities.AUTHENTICATION)
public final class NoStoreByDefault implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getPath();
    if (path.startsWith("api/") || path.equals("api")) {
      response.getHeaders().putIfAbsent(HttpHeaders.CACHE_CONTROL, List.of("no-store"));
    }
  }
}
