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
import java.io.InputStream;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.hubops.api.hubs.HubService;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.ImportResult;

/**
 * {@code POST /hubs/{hubId}/imports}: a hub's sessions from the template workbook (a form field
 * {@code file}, or the whole body) or from the CSV pair (fields {@code sessions} and {@code
 * attendees}). All or nothing; {@code ?dryRun=true} checks and answers without storing.
 */
@Path("/api/v1/hubs/{hubId}/imports")
@Produces(MediaType.APPLICATION_JSON)
@UploadLimited
public final class SessionImportResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final HubService hubs;
  private final SessionImporter importer;

  public SessionImportResource(HubService hubs, SessionImporter importer) {
    this.hubs = hubs;
    this.importer = importer;
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public ImportResult form(
      @PathParam("hubId") String hubId,
      @QueryParam("dryRun") String dryRun,
      FormDataMultiPart form,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    ImportRequest request = ImportRequest.of(dryRun, security, headers);
    Hub hub = hubs.resolve(hubId);
    try (Upload upload = Upload.of(form)) {
      return importer.run(hub, upload, request);
    }
  }

  @POST
  @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM, "text/csv"})
  public ImportResult file(
      @PathParam("hubId") String hubId,
      @QueryParam("dryRun") String dryRun,
      InputStream body,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    ImportRequest request = ImportRequest.of(dryRun, security, headers);
    Hub hub = hubs.resolve(hubId);
    try (Upload upload = Upload.raw(body)) {
      return importer.run(hub, upload, request);
    }
  }
}
