package org.hubops.api.imports;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.hubops.api.platform.ProblemException;

/**
 * Caps the body of an upload: a declared length over the cap is refused before a byte is read (a
 * client sending {@code Expect: 100-continue} then never sends it), and a body without a length is
 * cut off where it passes the cap. Either way a 413, and nothing reaches the disk past the cap.
 */
@UploadLimited
public final class UploadLimit implements ContainerRequestFilter {

  /** Ten thousand sessions with their attendees are a few megabytes as .xlsx or CSV. */
  public static final long MAX_BYTES = 25L * 1024 * 1024;

  private final long maxBytes;

  public UploadLimit() {
    this(MAX_BYTES);
  }

  UploadLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > maxBytes) {
      throw tooLarge(maxBytes);
    }
    request.setEntityStream(new Capped(request.getEntityStream(), maxBytes));
  }

  static ProblemException tooLarge(long maxBytes) {
    return new ProblemException(
        413,
        "Content too large",
        "Uploads are limited to " + maxBytes / (1024 * 1024) + " MB; split the file by quarter");
  }

  /** Counts what is read and fails once past the cap. */
  private static final class Capped extends FilterInputStream {

    private final long maxBytes;
    private long read;

    Capped(InputStream in, long maxBytes) {
      super(in);
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > maxBytes) {
        throw tooLarge(maxBytes);
      }
    }
  }
}
