package org.hubops.api.imports;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.glassfish.jersey.server.ContainerRequest;
import org.hubops.api.platform.InvalidInputException;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebText;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.ImportResult;
import org.hubops.model.rest.Problem.FieldError;

/**
 * What the three import pages share: the upload goes to {@link Imports}, the same service as the
 * API's, so a file is checked by the same rules and refused with the same problems, here shown as a
 * table in the page's language.
 */
public final class ImportPage {

  private final Imports imports;

  public ImportPage(Imports imports) {
    this.imports = imports;
  }

  Response upload(Imports.Kind kind, Hub hub, ContainerRequest request) {
    Visitor visitor = Visitor.of(request);
    WebText text = visitor.text();
    try {
      ImportResult result = imports.fromForm(kind, hub, request, visitor.actor(), text.messages());
      return Response.ok(ImportView.done(visitor, kind, hub, result)).build();
    } catch (InvalidInputException e) {
      return refused(visitor, kind, hub, e.status(), e.getMessage(), e.errors());
    } catch (ProblemException e) {
      // A file refused as a whole (a zip bomb, a password): its message, as the API gives it.
      if (e.status() != 413 && e.status() != 400) {
        throw e;
      }
      return refused(
          visitor,
          kind,
          hub,
          e.status(),
          text.get("import.refused"),
          List.of(new FieldError("file", e.getMessage())));
    }
  }

  private static Response refused(
      Visitor visitor,
      Imports.Kind kind,
      Hub hub,
      int status,
      String summary,
      List<FieldError> errors) {
    return Response.status(status)
        .entity(ImportView.refused(visitor, kind, hub, false, summary, errors))
        .build();
  }
}
