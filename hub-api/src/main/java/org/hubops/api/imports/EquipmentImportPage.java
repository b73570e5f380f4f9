package org.hubops.api.imports;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.Path;
import org.hubops.api.hubs.HubService;

/** A hub's equipment list from a workbook or CSV: the columns it needs, the upload, the outcome. */
@Hidden // a page, not part of the API description
@Path("/hubs/{hubId}/equipment/imports")
public final class EquipmentImportPage extends HubFileImportPage {

  public EquipmentImportPage(HubService hubs, ImportPage page) {
    super(Imports.Kind.EQUIPMENT, hubs, page);
  }
}
