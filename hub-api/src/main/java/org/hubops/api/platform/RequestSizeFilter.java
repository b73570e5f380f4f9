package org.hubops.api.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.hubops.model.rest.Problem;

/**
 * The one cap on request bodies ({@link RequestLimits}): {@code uploadMax} on the routes marked
 * {@link UploadEndpoint}, {@code defaultMax} on every other. A body whose Content-Length is over
 * the cap is refused at once, before a byte of it is read (a client sending {@code Expect:
 * 100-continue} then never sends it); a chunked (or gzip-inflated) body is counted as it is read
 * and the read fails as soon as it passes the cap, so no body larger than the cap is ever held.
 * Both answer 413 problem+json naming the limit.
 *
 * <p>It also keeps connections usable: a request refused before its body was read (401, 403, 404)
 * has the rest of a small body read and discarded before the answer completes. Otherwise the server
 * closes the connection once it has answered, and a client that sent its next request on it (every
 * HTTP/1.1 client reuses connections, none resends a POST) gets no answer at all. An upload's body
 * may be megabytes over a village line: that one is not waited for, the answer says {@code
 * Connection: close} instead.
 */
public final class RequestSizeFilter implements Filter {

  private final RequestLimits limits;
  private final UploadRoutes uploads;
  private final ObjectMapper json;

  private RequestSizeFilter(RequestLimits limits, UploadRoutes uploads, ObjectMapper json) {
    this.limits = limits;
    this.uploads = uploads;
    this.json = json;
  }

  public static void register(RequestLimits limits, Environment environment) {
    UploadRoutes uploads = new UploadRoutes();
    environment.jersey().register(uploads);
    environment
        .servlets()
        .addFilter(
            "request-size", new RequestSizeFilter(limits, uploads, environment.getObjectMapper()))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String path = http.getRequestURI().substring(http.getContextPath().length());
    boolean upload = uploads.matches(path);
    long max = limits.maxBytes(upload);
    if (http.getContentLengthLong() > max) {
      refuse((HttpServletResponse) response, max, upload);
      return;
    }
    Capped capped = new Capped(http, max, upload);
    chain.doFilter(capped, response);
    capped.finish((HttpServletResponse) response);
  }

  private void refuse(HttpServletResponse response, long max, boolean upload) throws IOException {
    Problem problem =
        new Problem(
            "about:blank", "Content too large", 413, BodyTooLarge.detail(max, upload), null, null);
    byte[] body = json.writeValueAsBytes(problem);
    response.setStatus(413);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // The unread body is of no use; closing spares reading megabytes just to discard them.
    response.setHeader("Connection", "close");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static final class Capped extends HttpServletRequestWrapper {

    private final long max;
    private final boolean upload;
    private ServletInputStream stream;

    Capped(HttpServletRequest request, long max, boolean upload) {
      super(request);
      this.max = max;
      this.upload = upload;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream(), max, upload);
      }
      return stream;
    }

    /**
     * Reads what the route left of a small body; asks to close the connection after a large one.
     */
    void finish(HttpServletResponse response) {
      if (!hasBody()) {
        return;
      }
      if (upload) {
        if (!response.isCommitted() && !finished()) {
          response.setHeader("Connection", "close");
        }
        return;
      }
      try {
        ServletInputStream in = getInputStream();
        byte[] discard = new byte[8192];
        while (!in.isFinished() && in.read(discard) >= 0) {
          // discarded: the route did not need it
        }
      } catch (IOException | IllegalStateException unreadable) {
        // Over the cap, cut off, or taken as a reader or async: the server closes as it would.
      }
    }

    private boolean hasBody() {
      return getContentLengthLong() > 0 || getHeader("Transfer-Encoding") != null;
    }

    private boolean finished() {
      try {
        return getInputStream().isFinished();
      } catch (IOException | IllegalStateException e) {
        return false;
      }
    }

    /** Form and text readers go through the same count. */
    @Override
    public BufferedReader getReader() throws IOException {
      String charset = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              getInputStream(),
              charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset)));
    }
  }

  private static final class CountingStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long max;
    private final boolean upload;
    private long count;

    CountingStream(ServletInputStream in, long max, boolean upload) {
      this.in = in;
      this.max = max;
      this.upload = upload;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) throws BodyTooLarge {
      count += n;
      if (count > max) {
        throw new BodyTooLarge(max, upload);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
