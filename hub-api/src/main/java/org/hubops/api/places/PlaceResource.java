package org.hubops.api.places;

import io.dropwizard.jersey.caching.CacheControl;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hubops.api.platform.ProblemException;
import org.hubops.model.rest.Place;

/**
 * {@code GET /places?q=[&oblast=]}: settlements whose name begins with what was typed (apostrophes
 * of any kind, case, і/ї and и/й alike), and {@code GET /places/{code}}: one unit of the codifier.
 */
@Path("/api/v1/places")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public final class PlaceResource {

  private final PlaceService places;

  public PlaceResource(PlaceService places) {
    this.places = places;
  }

  @GET
  @CacheControl(isPrivate = true, maxAge = 1, maxAgeUnit = TimeUnit.HOURS)
  public List<Place> search(@QueryParam("q") String query, @QueryParam("oblast") String oblast) {
    return places.search(query, oblast);
  }

  /** Hubs staff must give a settlement code, or check: see {@link HubsToFix}. */
  @GET
  @Path("/hubs-to-fix")
  @RolesAllowed({"ADMIN", "ASSOCIATION"})
  public HubsToFix hubsToFix() {
    return places.hubsToFix();
  }

  @GET
  @Path("/{code}")
  @CacheControl(isPrivate = true, maxAge = 1, maxAgeUnit = TimeUnit.HOURS)
  public Place get(@PathParam("code") String code) {
    return places.find(code).orElseThrow(() -> ProblemException.notFound("Place " + code));
  }
}
