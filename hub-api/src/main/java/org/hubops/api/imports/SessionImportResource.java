package org.hubops.api.imports;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.glassfish.jersey.server.ContainerRequest;
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.UploadEndpoint;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.ImportResult;

/**
 * {@code POST /hubs/{hubId}/imports}: a hub's sessions from the template workbook (a form field
 * {@code file}, or the whole body) or from the CSV pair (fields {@code sessions} and {@code
 * attendees}). All or nothing; {@code ?dryRun=true} checks and answers without storing.
 */
@Path("/api/v1/hubs/{hubId}/imports")
@Produces(MediaType.APPLICATION_JSON)
@UploadEndpoint
public final class SessionImportResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final HubService hubs;
  private final Imports imports;

  public SessionImportResource(HubService hubs, Imports imports) {
    this.hubs = hubs;
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
      @PathParam("hubId") String hubId,
      @QueryParam("dryRun") String dryRun,
      @Context ContainerRequest body,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    ImportRequest request = ImportRequest.of(dryRun, security, headers);
    Hub hub = hubs.resolve(hubId);
    try (Upload upload = Upload.from(body)) {
      return imports.sessions(hub, upload, request);
    }
  }
}
