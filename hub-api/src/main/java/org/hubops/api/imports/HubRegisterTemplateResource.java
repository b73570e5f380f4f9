package org.hubops.api.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.hubops.api.platform.RequestLanguage;
import org.hubops.model.Language;
import org.hubops.model.rest.MediaTypes;
import org.hubops.reports.ListTemplate;

/**
 * {@code GET /hubs/template?lang=uk|en}: the empty hub register, every column explained, for the
 * register import. It holds no data, so any account may have it.
 */
@Path("/api/v1/hubs/template")
@PermitAll
public final class HubRegisterTemplateResource {

  @GET
  @Produces(MediaTypes.XLSX)
  @Operation(summary = "The template of the hub register, for the hub register import")
  public Response get(
      @Parameter(description = "uk or en; else the request's Accept-Language, else uk")
          @QueryParam("lang")
          String lang,
      @Context HttpHeaders headers) {
    Language language = RequestLanguage.of(lang, headers);
    StreamingOutput body = out -> ListTemplate.hubs(language, out);
    return Response.ok(body)
        .header(
            "Content-Disposition",
            "attachment; filename=\"hubops-hubs-" + language.tag() + ".xlsx\"")
        .build();
  }
}
