package org.hubops.api.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.filter.AbstractSpecFilter;
import io.swagger.v3.core.model.ApiDescription;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubops.model.rest.MediaTypes;
import org.hubops.model.rest.Problem;

/**
 * What every file upload of the API has in common, said once rather than on each import resource.
 * An upload's route reads the raw request, so its body has no type the description could be read
 * from: its resource gives the body only a description, that of the file, and, where the form has
 * more files than {@code file}, a multipart form naming the others. Here the body becomes a
 * multipart form whose fields are all files, {@code file} first, described as the resource says; or
 * the file as the whole body, {@code .xlsx} or CSV. {@code ?dryRun=true} checks without storing;
 * and an upload answers 413 for a file over the upload limit and 422 for a file with problems, all
 * of them at once.
 */
public final class UploadOperations extends AbstractSpecFilter {

  private static final String FORM = "multipart/form-data";
  private static final String FILE = "file";
  private static final String PROBLEM_SCHEMA =
      "#/components/schemas/" + Problem.class.getSimpleName();

  /** The problem the 413 and 422 answers name, with its field errors, among the schemas. */
  @Override
  public Optional<OpenAPI> filterOpenAPI(
      OpenAPI openApi,
      Map<String, List<String>> params,
      Map<String, String> cookies,
      Map<String, List<String>> headers) {
    if (openApi.getComponents() == null) {
      openApi.components(new Components());
    }
    ModelConverters.getInstance()
        .readAll(Problem.class)
        .forEach(
            (name, schema) -> {
              if (openApi.getComponents().getSchemas() == null
                  || !openApi.getComponents().getSchemas().containsKey(name)) {
                openApi.getComponents().addSchemas(name, schema);
              }
            });
    return Optional.of(openApi);
  }

  @Override
  public Optional<Operation> filterOperation(
      Operation operation,
      ApiDescription api,
      Map<String, List<String>> params,
      Map<String, String> cookies,
      Map<String, List<String>> headers) {
    RequestBody body = operation.getRequestBody();
    // A body its resource only describes (the route reads the raw request), or a form: an upload.
    if (body == null || body.getContent() != null && !body.getContent().containsKey(FORM)) {
      return Optional.of(operation);
    }
    Content files = files(body);
    body.required(true).content(files).description(null);
    if (operation.getParameters() != null) {
      operation.getParameters().stream()
          .filter(p -> "dryRun".equals(p.getName()))
          .forEach(UploadOperations::describeDryRun);
    }
    operation
        .getResponses()
        .addApiResponse(
            "413", problem("The upload is over requestLimits.uploadMax, or inflates too far"))
        .addApiResponse(
            "422",
            problem(
                "Nothing stored: every problem of the file, each naming its sheet, row, column"
                    + " and header"));
    ApiResponses responses = operation.getResponses();
    ApiResponse stored =
        responses.containsKey("200") ? responses.get("200") : responses.remove("default");
    if (stored != null) {
      responses.addApiResponse(
          "200",
          stored.description("What was stored (or, for a dry run, would be): one entry per row"));
    }
    return Optional.of(operation);
  }

  /** The form of files the resource describes, or one file as the whole body. */
  private static Content files(RequestBody body) {
    ObjectSchema form = new ObjectSchema();
    form.addProperty(FILE, file(body.getDescription()));
    Schema<?> named = body.getContent() == null ? null : body.getContent().get(FORM).getSchema();
    if (named != null && named.getProperties() != null) {
      named
          .getProperties()
          .forEach((name, field) -> form.addProperty(name, file(field.getDescription())));
    }
    return new Content()
        .addMediaType(FORM, new MediaType().schema(form))
        .addMediaType(MediaTypes.XLSX, new MediaType().schema(new BinarySchema()))
        .addMediaType("text/csv", new MediaType().schema(new BinarySchema()));
  }

  private static Schema<?> file(String description) {
    return new BinarySchema().description(description);
  }

  private static void describeDryRun(Parameter dryRun) {
    dryRun.description("true: check and answer, store nothing");
    dryRun.schema(new BooleanSchema()._default(false));
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    Problem.MEDIA_TYPE,
                    new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA))));
  }
}
