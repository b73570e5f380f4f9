package org.hubops.api.openapi;

import io.swagger.v3.jaxrs2.integration.resources.OpenApiResource;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import jakarta.ws.rs.Path;
import java.util.Set;
import org.hubops.api.access.Public;

/**
 * {@code GET /api/openapi.json} (or {@code .yaml}): the API described from the resource classes
 * themselves, so the description cannot drift from the code.
 */
@Path("/api/openapi.{type:json|yaml}")
@Public
public final class ApiDescription extends OpenApiResource {

  public ApiDescription() {
    openApiConfiguration(
        new SwaggerConfiguration()
            .resourcePackages(Set.of("org.hubops.api"))
            .prettyPrint(true)
            .readAllResources(true)
            .filterClass(UploadOperations.class.getName())
            .openAPI(
                new OpenAPI()
                    .info(
                        new Info()
                            .title("HubOps API")
                            .version("v1")
                            .description(
                                "Sessions, attendance, participants and equipment of Ukraine's"
                                    + " Digital Education Hubs. Errors are application/problem+json"
                                    + " (RFC 9457) naming each field at fault."))));
  }
}
