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
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.UploadEndpoint;
import org.hubops.api.reference.ReferenceDao;
import org.hubops.model.rest.ImportResult;
import org.jdbi.v3.core.Jdbi;

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

  private final Jdbi jdbi;
  private final HubService hubs;
  private final ListImporter importer;

  public HubImportResource(Jdbi jdbi, HubService hubs) {
    this.jdbi = jdbi;
    this.hubs = hubs;
    this.importer = new ListImporter(jdbi);
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
      return run(upload, request);
    }
  }

  private ImportResult run(Upload upload, ImportRequest request) {
    HubFormat format =
        new HubFormat(
            hubs,
            jdbi.withExtension(ReferenceDao.class, ReferenceDao::oblasts),
            request.actor(),
            request.messages());
    return ImportResult.ofHubs(
        request.dryRun(), importer.run(upload, format, request.dryRun(), request.messages()));
  }
}
