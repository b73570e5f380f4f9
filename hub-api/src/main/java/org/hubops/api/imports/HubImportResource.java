package org.hubops.api.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import org.hubops.model.rest.Problem;

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

  @Operation(
      summary = "Imports the hub register (.xlsx or CSV), keyed by hub code; all or nothing",
      requestBody =
          @RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA,
                    schemaProperties = {
                      @SchemaProperty(
                          name = "file",
                          schema =
                              @Schema(
                                  type = "string",
                                  format = "binary",
                                  description = "the hub register (.xlsx or CSV)"))
                    }),
                @Content(
                    mediaType = SessionImportResource.XLSX,
                    schema = @Schema(type = "string", format = "binary")),
                @Content(
                    mediaType = "text/csv",
                    schema = @Schema(type = "string", format = "binary"))
              }),
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "What was stored (or, for a dry run, would be): one entry per row",
            content = @Content(schema = @Schema(implementation = ImportResult.class))),
        @ApiResponse(
            responseCode = "413",
            description = "The upload is over requestLimits.uploadMax, or inflates too far",
            content =
                @Content(
                    mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class))),
        @ApiResponse(
            responseCode = "422",
            description =
                "Nothing stored: every problem of the file, each naming its sheet, row, column"
                    + " and header",
            content =
                @Content(
                    mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
      })
  @POST
  @Consumes({
    MediaType.MULTIPART_FORM_DATA,
    SessionImportResource.XLSX,
    MediaType.APPLICATION_OCTET_STREAM,
    "text/csv"
  })
  public ImportResult upload(
      @Parameter(
              description = "true: check and answer, store nothing",
              schema = @Schema(type = "boolean", defaultValue = "false"))
          @QueryParam("dryRun")
          String dryRun,
      @Parameter(hidden = true) @Context ContainerRequest body,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    ImportRequest request = ImportRequest.of(dryRun, security, headers);
    try (Upload upload = imports.upload(body)) {
      return imports.hubs(upload, request);
    }
  }
}
