package org.hubops.api.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

  // What the file is; UploadOperations makes the body a form of files or the file itself and
  // describes the dry run, 413 and 422.
  @Operation(
      summary = "Imports the hub register (.xlsx or CSV), keyed by hub code; all or nothing",
      requestBody = @RequestBody(description = "the hub register (.xlsx or CSV)"))
  @POST
  @Consumes(ImportCall.BODIES)
  public ImportResult upload(@BeanParam ImportCall call) {
    return call.run(imports, imports::hubs);
  }
}
