package org.hubops.api.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MultivaluedMap;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.hubops.api.hubs.HubService;
import org.hubops.model.rest.Hub;

/**
 * What every page route starts from, taken as one {@code @BeanParam}: who is asking ({@link
 * Visitor}) and, on a hub's pages, the hub its {@code {hubId}} names. Both are read only when asked
 * for, so a route checks what it checked before in the same order, and an unknown hub (or another
 * coordinator's) is a 404 where the route asks for it.
 */
public final class PageContext {

  @Context private ContainerRequestContext request;

  @PathParam("hubId")
  private String hubId;

  /** The key of a form this browser sent after its login ended ({@link HeldForms}). */
  @CookieParam(HeldForms.COOKIE)
  private Cookie heldForm;

  @Inject private HubService hubs;

  private Visitor visitor;
  private Hub hub;

  /** Makes the hubs known to the pages' contexts; {@code Pages} registers it once. */
  public static AbstractBinder binder(HubService hubs) {
    return new AbstractBinder() {
      @Override
      protected void configure() {
        bind(hubs).to(HubService.class);
      }
    };
  }

  public Visitor visitor() {
    if (visitor == null) {
      visitor = Visitor.of(request);
    }
    return visitor;
  }

  public WebText text() {
    return visitor().text();
  }

  /** The hub of the page's path. */
  public Hub hub() {
    if (hub == null) {
      hub = hubs.resolve(hubId);
    }
    return hub;
  }

  Cookie heldForm() {
    return heldForm;
  }

  /** The path of the page as requested, still encoded, without its query. */
  public String rawPath() {
    return request.getUriInfo().getRequestUri().getRawPath();
  }

  /**
   * The message a page shows after a redirect marked its address ({@code ?saved=1}): the first of
   * the marks given that the address carries, said in the visitor's language; empty for none.
   *
   * @param marksAndKeys pairs of a query parameter and the key of its message
   */
  public String notice(String... marksAndKeys) {
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
    for (int i = 0; i + 1 < marksAndKeys.length; i += 2) {
      if (query.containsKey(marksAndKeys[i])) {
        return text().get(marksAndKeys[i + 1]);
      }
    }
    return "";
  }
}
