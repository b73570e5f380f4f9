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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.Actor;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.RequestLanguage;
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
    try (form;
        Upload upload = Upload.of(form)) {
      return run(hubId, dryRun, upload, security, headers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
    try (Upload upload = Upload.raw(body)) {
      return run(hubId, dryRun, upload, security, headers);
    }
  }

  private ImportResult run(
      String hubId, String dryRun, Upload upload, SecurityContext security, HttpHeaders headers) {
    Messages messages = Messages.in(RequestLanguage.of(headers));
    boolean dry = ImportParams.dryRun(dryRun, messages);
    Hub hub = hubs.resolve(hubId);
    return importer.run(hub, upload, dry, Actor.of(security), messages);
  }
}
