package org.hubops.api.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.glassfish.jersey.server.ContainerRequest;
import org.hubops.api.access.HubPath;
import org.hubops.api.platform.Requester;
import org.hubops.api.platform.UploadEndpoint;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.ImportResult;
import org.hubops.model.rest.MediaTypes;

/**
 * {@code POST /hubs/{hubId}/imports}: a hub's sessions from the template workbook (a form field
 * {@code file}, or the whole body) or from the CSV pair (fields {@code sessions} and {@code
 * attendees}). All or nothing; {@code ?dryRun=true} checks and answers without storing.
 */
@Path("/api/v1/hubs/{hubId}/imports")
@Produces(MediaType.APPLICATION_JSON)
@UploadEndpoint
public final class SessionImportResource {

  private final Imports imports;

  public SessionImportResource(Imports imports) {
    this.imports = imports;
  }

  // The file as the whole body, the dry run, 413 and 422: described once, by UploadOperations.
  @Operation(
      summary =
          "Imports a hub's sessions from the template workbook or the CSV pair; all or nothing",
      requestBody =
          @RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.MULTIPART_FORM_DATA,
                      schemaProperties = {
                        @SchemaProperty(
                            name = "file",
                            schema =
                                @Schema(
                                    type = "string",
                                    format = "binary",
                                    description = "the filled-in template (.xlsx)")),
                        @SchemaProperty(
                            name = "sessions",
                            schema =
                                @Schema(
                                    type = "string",
                                    format = "binary",
                                    description = "or: the Sessions table as CSV")),
                        @SchemaProperty(
                            name = "attendees",
                            schema =
                                @Schema(
                                    type = "string",
                                    format = "binary",
                                    description = "and the Attendees table as CSV"))
                      })))
  @POST
  @Consumes({
    MediaType.MULTIPART_FORM_DATA,
    MediaTypes.XLSX,
    MediaType.APPLICATION_OCTET_STREAM,
    "text/csv"
  })
  public ImportResult upload(
      @BeanParam HubPath path,
      @QueryParam("dryRun") String dryRun,
      @Parameter(hidden = true) @Context ContainerRequest body,
      @BeanParam Requester requester) {
    ImportRequest request = ImportRequest.of(dryRun, requester);
    Hub hub = path.hub();
    try (Upload upload = imports.upload(body)) {
      return imports.sessions(hub, upload, request);
    }
  }
}
