package org.hubops.api.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.setup.Environment;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.hubops.model.rest.Problem;

/**
 * Jetty refuses some requests before Jersey sees them: a request line it cannot parse, a URI too
 * long, a path with an ambiguous segment ({@code %2e%2e}, {@code %2F}). Its own pages for those are
 * HTML; these handlers answer them as problem+json like every other error of the API.
 */
public final class ProblemErrorPages {

  private ProblemErrorPages() {}

  /** For the server (bad requests) and the application's servlet context (ambiguous paths). */
  public static void install(Environment environment) {
    ObjectMapper json = environment.getObjectMapper();
    environment.getApplicationContext().setErrorHandler(new ProblemHandler(json));
    ServerStart.then(environment, server -> server.setErrorHandler(new ProblemHandler(json)));
  }

  private static boolean answer(
      ObjectMapper json, Response response, Callback callback, int code, String message) {
    String reason = HttpStatus.getMessage(code);
    // Jetty's message can quote the request back; the reason phrase is enough to act on.
    Problem problem =
        new Problem(
            "about:blank",
            reason,
            code,
            message == null || message.isBlank() || message.length() > 200 ? reason : message,
            null,
            null);
    byte[] body;
    try {
      body = json.writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  private static final class ProblemHandler extends ErrorHandler {

    private final ObjectMapper json;

    ProblemHandler(ObjectMapper json) {
      this.json = json;
    }

    /** Jetty writes a body for GET, POST and HEAD only; a refused PUT needs one as much. */
    @Override
    public boolean errorPageForMethod(String method) {
      return true;
    }

    @Override
    protected boolean generateAcceptableResponse(
        Request request,
        Response response,
        Callback callback,
        String contentType,
        List<Charset> charsets,
        int code,
        String message,
        Throwable cause) {
      return answer(json, response, callback, code, message);
    }
  }
}
