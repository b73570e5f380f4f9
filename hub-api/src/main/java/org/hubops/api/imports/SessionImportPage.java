package org.hubops.api.imports;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.Path;
import org.hubops.api.hubs.HubService;

/** A hub's sessions from the offline template: the download, the upload, and what came of it. */
@Hidden // a page, not part of the API description
@Path("/hubs/{hubId}/imports")
public final class SessionImportPage extends HubFileImportPage {

  public SessionImportPage(HubService hubs, ImportPage page) {
    super(Imports.Kind.SESSIONS, hubs, page);
  }
}
