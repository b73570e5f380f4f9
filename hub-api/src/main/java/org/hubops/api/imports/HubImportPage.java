package org.hubops.api.imports;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.server.ContainerRequest;
import org.hubops.api.platform.UploadEndpoint;
import org.hubops.api.web.Visitor;

/** The hub register from a workbook or CSV, for association staff: keyed by hub code. */
@Hidden // a page, not part of the API description
@Path("/hubs/imports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"ADMIN", "ASSOCIATION"})
public final class HubImportPage {

  private final ImportPage page;

  public HubImportPage(ImportPage page) {
    this.page = page;
  }

  @GET
  public ImportView form(@Context ContainerRequest request) {
    return ImportView.empty(Visitor.of(request), Imports.Kind.HUBS, null);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @UploadEndpoint
  public Response upload(@Context ContainerRequest request) {
    return page.upload(Imports.Kind.HUBS, null, request);
  }
}
