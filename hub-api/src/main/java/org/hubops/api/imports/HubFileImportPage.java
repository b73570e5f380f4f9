package org.hubops.api.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.server.ContainerRequest;
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.UploadEndpoint;
import org.hubops.api.web.Visitor;

/**
 * The page that takes one kind of file into one hub, for its coordinators and admins: the form, the
 * upload, and what came of it. Each kind names its address in a subclass.
 */
public abstract class HubFileImportPage {

  private final Imports.Kind kind;
  private final HubService hubs;
  private final ImportPage page;

  HubFileImportPage(Imports.Kind kind, HubService hubs, ImportPage page) {
    this.kind = kind;
    this.hubs = hubs;
    this.page = page;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  public ImportView form(@PathParam("hubId") String hubId, @Context ContainerRequest request) {
    return ImportView.empty(Visitor.of(request), kind, hubs.resolve(hubId));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.TEXT_HTML)
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  @UploadEndpoint
  public Response upload(@PathParam("hubId") String hubId, @Context ContainerRequest request) {
    return page.upload(kind, hubs.resolve(hubId), request);
  }
}
