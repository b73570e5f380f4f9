package org.hubops.api.imports;

import org.glassfish.jersey.server.ContainerRequest;
import org.hubops.api.equipment.EquipmentService;
import org.hubops.api.hubs.HubService;
import org.hubops.api.places.PlaceService;
import org.hubops.api.platform.Messages;
import org.hubops.api.reference.ReferenceDao;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.ImportResult;
import org.jdbi.v3.core.Jdbi;

/**
 * The three imports as one service, for the API resources and the web pages alike: whichever door a
 * file comes through, it is read, checked, stored and audited by the same code.
 */
public record Imports(
    Jdbi jdbi,
    HubService hubs,
    EquipmentService equipment,
    SessionImporter sessions,
    UploadFolder uploads) {

  /** What a file holds. */
  public enum Kind {
    SESSIONS,
    EQUIPMENT,
    HUBS
  }

  /** The upload form's "check only" box. */
  static final String DRY_RUN_FIELD = "dryRun";

  /**
   * The file of a page's upload form ({@code multipart/form-data} with the field {@code file}, and
   * {@code dryRun=true} when "check only" is ticked), imported into {@code hub} (null for the hub
   * register). Refusals are thrown as for the API: a 422 listing every problem by cell.
   */
  public ImportResult fromForm(
      Kind kind, Hub hub, ContainerRequest form, String actor, Messages messages) {
    try (Upload upload = upload(form)) {
      boolean dryRun = upload.field(DRY_RUN_FIELD).filter("true"::equalsIgnoreCase).isPresent();
      ImportRequest request = new ImportRequest(dryRun, actor, messages);
      return switch (kind) {
        case SESSIONS -> sessions(hub, upload, request);
        case EQUIPMENT -> equipment(hub, upload, request);
        case HUBS -> hubs(upload, request);
      };
    }
  }

  /** The files of a request, saved in the private upload folder. */
  Upload upload(ContainerRequest request) {
    return Upload.from(request, uploads);
  }

  ImportResult sessions(Hub hub, Upload upload, ImportRequest request) {
    return sessions.run(hub, upload, request);
  }

  ImportResult equipment(Hub hub, Upload upload, ImportRequest request) {
    EquipmentFormat format =
        new EquipmentFormat(hub, equipment, request.actor(), request.messages());
    return ImportResult.ofEquipment(
        request.dryRun(),
        new ListImporter(jdbi).run(upload, format, request.dryRun(), request.messages()));
  }

  ImportResult hubs(Upload upload, ImportRequest request) {
    HubFormat format =
        new HubFormat(
            hubs,
            new PlaceService(jdbi),
            jdbi.withExtension(ReferenceDao.class, ReferenceDao::oblasts),
            request.actor(),
            request.messages());
    return ImportResult.ofHubs(
        request.dryRun(),
        new ListImporter(jdbi).run(upload, format, request.dryRun(), request.messages()));
  }
}
