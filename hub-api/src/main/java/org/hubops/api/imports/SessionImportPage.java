package org.hubops.api.imports;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.server.ContainerRequest;
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.UploadEndpoint;
import org.hubops.api.web.Visitor;

/** A hub's sessions from the offline template: the download, the upload, and what came of it. */
@Hidden // a page, not part of the API description
@Path("/hubs/{hubId}/imports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"ADMIN", "COORDINATOR"})
public final class SessionImportPage {

  private final HubService hubs;
  private final ImportPage page;

  public SessionImportPage(HubService hubs, ImportPage page) {
    this.hubs = hubs;
    this.page = page;
  }

  @GET
  public ImportView form(@PathParam("hubId") String hubId, @Context ContainerRequest request) {
    return ImportView.empty(Visitor.of(request), Imports.Kind.SESSIONS, hubs.resolve(hubId));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @UploadEndpoint
  public Response upload(@PathParam("hubId") String hubId, @Context ContainerRequest request) {
    return page.upload(Imports.Kind.SESSIONS, hubs.resolve(hubId), request);
  }
}
