package org.hubops.api.imports;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.function.BiFunction;
import org.glassfish.jersey.server.ContainerRequest;
import org.hubops.api.platform.Requester;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.ImportResult;
import org.hubops.model.rest.MediaTypes;

/**
 * What an import route of the API takes besides its hub, as one {@code @BeanParam}: the request,
 * whose body is the file (or a form of files), {@code ?dryRun}, and who asks. The three import
 * resources each say only which import they run.
 */
// The API description reads a bean's parameters from the properties Jackson sees: its fields here.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public final class ImportCall {

  /** What an import route consumes: a form of files, or one file as the whole body. */
  static final String BODIES =
      MediaType.MULTIPART_FORM_DATA
          + ", "
          + MediaTypes.XLSX
          + ", "
          + MediaType.APPLICATION_OCTET_STREAM
          + ", text/csv";

  @QueryParam("dryRun")
  private String dryRun;

  @Context private ContainerRequest body;

  @BeanParam private Requester requester;

  /** Imports the request's file into {@code hub}; see {@link #run(Imports, BiFunction)}. */
  ImportResult run(Imports imports, Hub hub, HubImporter importer) {
    return run(imports, (upload, request) -> importer.run(hub, upload, request));
  }

  /**
   * Imports the request's file with {@code importer}; a {@code dryRun} other than true or false is
   * a 422 before the file is read.
   */
  ImportResult run(Imports imports, BiFunction<Upload, ImportRequest, ImportResult> importer) {
    ImportRequest request = ImportRequest.of(dryRun, requester);
    try (Upload upload = imports.upload(body)) {
      return importer.apply(upload, request);
    }
  }

  /** One of {@link Imports}' imports into a hub. */
  interface HubImporter {
    ImportResult run(Hub hub, Upload upload, ImportRequest request);
  }
}
