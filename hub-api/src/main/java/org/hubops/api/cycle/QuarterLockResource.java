package org.hubops.api.cycle;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hubops.api.platform.Requester;
import org.hubops.api.platform.Violations;
import org.hubops.model.rest.QuarterLock;

/**
 * {@code /quarters/{YYYY-Qn}/lock}: whether a quarter is locked (anyone logged in may ask, so the
 * pages can say so); association staff and admins lock it, only admins unlock it.
 */
@Path("/api/v1/quarters/{quarter}/lock")
@Produces(MediaType.APPLICATION_JSON)
public final class QuarterLockResource {

  private final QuarterLocks locks;

  public QuarterLockResource(QuarterLocks locks) {
    this.locks = locks;
  }

  @GET
  @PermitAll
  public QuarterLock get(@PathParam("quarter") String quarter, @BeanParam Requester requester) {
    return locks.status(QuarterPath.parse(quarter, requester.violations()));
  }

  @PUT
  @RolesAllowed({"ADMIN", "ASSOCIATION"})
  public QuarterLock lock(@PathParam("quarter") String quarter, @BeanParam Requester requester) {
    return locks.lock(QuarterPath.parse(quarter, requester.violations()), requester.actor());
  }

  @DELETE
  @RolesAllowed("ADMIN")
  public QuarterLock unlock(@PathParam("quarter") String quarter, @BeanParam Requester requester) {
    Violations violations = requester.violations();
    return locks.unlock(
        QuarterPath.parse(quarter, violations), requester.actor(), violations.messages());
  }
}
