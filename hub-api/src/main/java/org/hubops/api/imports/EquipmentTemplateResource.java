package org.hubops.api.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.hubops.api.access.HubPath;
import org.hubops.api.platform.RequestLanguage;
import org.hubops.model.Language;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.MediaTypes;
import org.hubops.reports.ListTemplate;

/**
 * {@code GET /hubs/{hubId}/equipment/template?lang=uk|en}: the empty equipment list of a hub, every
 * column explained, for the equipment import. Named by the hub so that only those who may import
 * its list get it, as for the session template.
 */
@Path("/api/v1/hubs/{hubId}/equipment/template")
public final class EquipmentTemplateResource {

  public EquipmentTemplateResource() {}

  @GET
  @Produces(MediaTypes.XLSX)
  @Operation(summary = "The template of the hub's equipment list, for the equipment import")
  public Response get(
      @BeanParam HubPath path,
      @Parameter(description = "uk or en; else the request's Accept-Language, else uk")
          @QueryParam("lang")
          String lang,
      @Context HttpHeaders headers) {
    Hub hub = path.hub();
    Language language = RequestLanguage.of(lang, headers);
    StreamingOutput body = out -> ListTemplate.equipment(hub.code(), language, out);
    return Response.ok(body)
        .header(
            "Content-Disposition",
            "attachment; filename=\"hubops-equipment-"
                + hub.code()
                + "-"
                + language.tag()
                + ".xlsx\"")
        .build();
  }
}
