package org.hubops.api.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** Answers shared by the resources. */
public final class Responses {

  private Responses() {}

  /** 201 with the stored record and its address, below the collection it was posted to. */
  public static Response created(UriInfo uri, UUID id, Object stored) {
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(stored)
        .build();
  }
}
