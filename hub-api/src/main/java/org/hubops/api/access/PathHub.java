package org.hubops.api.access;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.function.Supplier;
import org.hubops.model.rest.Hub;

/**
 * The hub a request's path names, as {@link AccessFilter} read it to decide who may see it: handed
 * on to the resource so that a request reads its hub once, not once to guard it and again to serve
 * it.
 */
public final class PathHub {

  private static final String PROPERTY = PathHub.class.getName();

  private PathHub() {}

  static void keep(ContainerRequestContext request, Hub hub) {
    request.setProperty(PROPERTY, hub);
  }

  /** The hub the filter read for {@code request}, else {@code read} (a route it did not guard). */
  public static Hub of(ContainerRequestContext request, Supplier<Hub> read) {
    return request.getProperty(PROPERTY) instanceof Hub hub ? hub : read.get();
  }
}
