package org.hubops.api.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.glassfish.jersey.server.ContainerRequest;
import org.hubops.api.platform.UploadEndpoint;
import org.hubops.model.rest.ImportResult;

/**
 * {@code POST /hubs/imports}: the hub register as .xlsx or CSV (a form field {@code file}, or the
 * whole body), keyed by hub code, for association staff. All or nothing; {@code ?dryRun=true}
 * checks and answers without storing.
 */
@Path("/api/v1/hubs/imports")
@RolesAllowed({"ADMIN", "ASSOCIATION"})
@Produces(MediaType.APPLICATION_JSON)
@UploadEndpoint
public final class HubImportResource {

  private final Imports imports;

  public HubImportResource(Imports imports) {
    this.imports = imports;
  }

  @POST
  @Consumes({
    MediaType.MULTIPART_FORM_DATA,
    SessionImportResource.XLSX,
    MediaType.APPLICATION_OCTET_STREAM,
    "text/csv"
  })
  public ImportResult upload(
      @QueryParam("dryRun") String dryRun,
      @Context ContainerRequest body,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    ImportRequest request = ImportRequest.of(dryRun, security, headers);
    try (Upload upload = Upload.from(body)) {
      return imports.hubs(upload, request);
    }
  }
}
