package org.hubops.api.imports;

import io.swagger.v3.oas.annotations.Operation;
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
 * {@code POST /hubs/{hubId}/equipment/imports}: a hub's equipment list as .xlsx or CSV (a form
 * field {@code file}, or the whole body), keyed by inventory number. All or nothing; {@code
 * ?dryRun=true} checks and answers without storing.
 */
@Path("/api/v1/hubs/{hubId}/equipment/imports")
@Produces(MediaType.APPLICATION_JSON)
@UploadEndpoint
public final class EquipmentImportResource {

  private final Imports imports;

  public EquipmentImportResource(Imports imports) {
    this.imports = imports;
  }

  // What the file is; UploadOperations makes the body a form of files or the file itself and
  // describes the dry run, 413 and 422.
  @Operation(
      summary =
          "Imports a hub's equipment list (.xlsx or CSV), keyed by inventory number; all or nothing",
      requestBody = @RequestBody(description = "the equipment list (.xlsx or CSV)"))
  @POST
  @Consumes(ImportCall.BODIES)
  public ImportResult upload(@BeanParam HubPath path, @BeanParam ImportCall call) {
    return call.run(imports, path.hub(), imports::equipment);
  }
}
