package org.hubops.api.reference;

import io.dropwizard.jersey.caching.CacheControl;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hubops.model.rest.Oblast;
import org.hubops.model.rest.Topic;
import org.jdbi.v3.core.Jdbi;

/** {@code GET /oblasts} and {@code GET /topics}: the lists forms and programs choose from. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public final class ReferenceResource {

  private final Jdbi jdbi;

  /*
   * Read once: only the migrations write these tables, and they run before the service starts
   * (a new release restarts it). A trivial GET then costs no statement, which is what the
   * authentication benchmark needs to see authentication alone (docs/benchmarks.md, 3).
   */
  private volatile List<Oblast> oblasts;
  private volatile List<Topic> topics;

  public ReferenceResource(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  // The lists change with a release, hold no personal data, and every form asks for them.
  @GET
  @Path("/oblasts")
  @CacheControl(isPrivate = true, maxAge = 1, maxAgeUnit = TimeUnit.HOURS)
  public List<Oblast> oblasts() {
    List<Oblast> read = oblasts;
    if (read == null) {
      read = List.copyOf(jdbi.withExtension(ReferenceDao.class, ReferenceDao::oblasts));
      oblasts = read;
    }
    return read;
  }

  @GET
  @Path("/topics")
  @CacheControl(isPrivate = true, maxAge = 1, maxAgeUnit = TimeUnit.HOURS)
  public List<Topic> topics() {
    List<Topic> read = topics;
    if (read == null) {
      read = List.copyOf(jdbi.withExtension(ReferenceDao.class, ReferenceDao::topics));
      topics = read;
    }
    return read;
  }
}
