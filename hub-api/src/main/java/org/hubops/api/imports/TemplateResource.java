package org.hubops.api.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import org.hubops.api.equipment.EquipmentService;
import org.hubops.api.platform.RequestLanguage;
import org.hubops.api.reference.ReferenceDao;
import org.hubops.model.Language;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.MediaTypes;
import org.hubops.reports.SessionTemplate;
import org.hubops.reports.TemplateContext;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code GET /hubs/{hubId}/template?lang=uk|en}: the workbook a hub logs sessions in offline, with
 * this hub's equipment in its dropdowns. The web page and {@code hubops template sessions} download
 * it here. The language is {@code lang}, else the request's, else Ukrainian.
 */
@Path("/api/v1/hubs/{hubId}/template")
public final class TemplateResource {

  private final Jdbi jdbi;

  public TemplateResource(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @GET
  @Produces(MediaTypes.XLSX)
  @Operation(
      summary = "The hub's offline template workbook, to fill in and send to the sessions import",
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "The template, with the hub's equipment in its dropdowns",
            content =
                @Content(
                    mediaType = MediaTypes.XLSX,
                    schema = @Schema(type = "string", format = "binary")))
      })
  public Response get(
      @BeanParam HubPath path,
      @Parameter(
              description = "uk or en; else the request's Accept-Language, else uk",
              schema =
                  @Schema(
                      type = "string",
                      allowableValues = {"uk", "en"}))
          @QueryParam("lang")
          String lang,
      @Context HttpHeaders headers) {
    Hub hub = path.hub();
    Language language = RequestLanguage.of(lang, headers);
    TemplateContext context =
        jdbi.inTransaction(
            handle ->
                new TemplateContext(
                    hub.code(),
                    hub.name(),
                    hub.openedOn(),
                    handle.attach(ReferenceDao.class).topics(),
                    EquipmentService.all(handle, hub).stream()
                        .map(
                            item ->
                                new TemplateContext.Item(
                                    item.inventoryNumber(), item.category(), item.model()))
                        .toList()));
    StreamingOutput body = out -> SessionTemplate.write(context, language, out);
    String fileName = "hubops-sessions-" + hub.code() + "-" + language.tag() + ".xlsx";
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }
}
