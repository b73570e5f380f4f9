package org.hubops.api.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hubops.api.access.HubPath;
import org.hubops.api.platform.UploadEndpoint;
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

  private final Imports imports;

  public SessionImportResource(Imports imports) {
    this.imports = imports;
  }

  // What the file is; UploadOperations makes the body a form of files or the file itself and
  // describes the dry run, 413 and 422.
  @Operation(
      summary =
          "Imports a hub's sessions from the template workbook or the CSV pair; all or nothing",
      requestBody =
          @RequestBody(
              description = "the filled-in template (.xlsx)",
              content =
                  @Content(
                      mediaType = MediaType.MULTIPART_FORM_DATA,
                      schemaProperties = {
                        @SchemaProperty(
                            name = "sessions",
                            schema = @Schema(description = "or: the Sessions table as CSV")),
                        @SchemaProperty(
                            name = "attendees",
                            schema = @Schema(description = "and the Attendees table as CSV"))
                      })))
  @POST
  @Consumes(ImportCall.BODIES)
  public ImportResult upload(@BeanParam HubPath path, @BeanParam ImportCall call) {
    return call.run(imports, path.hub(), imports::sessions);
  }
}
