package org.hubops.api.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hubops.api.platform.Requester;
import org.hubops.model.rest.RetentionRun;

/**
 * {@code GET /privacy/retention}: who the retention job would erase now (a dry run), by hub code
 * and participant code with their last attendance; {@code POST /privacy/retention/run}: erase them
 * now, as the daily job does. For admins.
 */
@Path("/api/v1/privacy/retention")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public final class RetentionResource {

  private final Retention retention;

  public RetentionResource(Retention retention) {
    this.retention = retention;
  }

  @GET
  public RetentionRun due() {
    return retention.dryRun();
  }

  @POST
  @Path("/run")
  public RetentionRun run(@BeanParam Requester requester) {
    return retention.run(requester.actor());
  }
}
