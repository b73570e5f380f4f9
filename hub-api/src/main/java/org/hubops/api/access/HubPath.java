package org.hubops.api.access;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import java.util.function.Supplier;
import org.hubops.model.rest.Hub;

/**
 * The hub a route's {@code {hubId}} names, taken by the route as one {@code @BeanParam}: the hub
 * {@link AccessFilter} read to decide whether the caller may see it, so that a request reads its
 * hub once, and a hub that is unknown or not the caller's is the filter's 404 before the route
 * runs.
 */
// The API description reads a bean's parameters from the properties Jackson sees: its fields here.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public final class HubPath {

  private static final String PROPERTY = HubPath.class.getName();

  // Read by the filter, not here; declared so the API description lists the path's hub.
  @PathParam("hubId")
  private String hubId;

  @Context private ContainerRequestContext request;

  static void keep(ContainerRequestContext request, Supplier<Hub> hub) {
    request.setProperty(PROPERTY, hub);
  }

  public Hub hub() {
    if (request.getProperty(PROPERTY) instanceof Supplier<?> kept
        && kept.get() instanceof Hub hub) {
      return hub;
    }
    throw new IllegalStateException("No hub was read for the path's hubId " + hubId);
  }
}
