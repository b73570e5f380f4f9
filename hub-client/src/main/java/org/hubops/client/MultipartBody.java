package org.hubops.client;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Flow;
import java.util.function.LongConsumer;
import org.hubops.model.rest.MediaTypes;

/**
 * A {@code multipart/form-data} body of local files (and, for forms, text fields and files held in
 * memory), as a browser's file input sends it. Each local file is read from disk as the request
 * goes out ({@link BodyPublishers#ofFile}), so a 25 MiB upload is never held in memory; the length
 * is known in advance, so the service can refuse an oversized upload from {@code Content-Length}
 * before a byte of it is sent.
 */
public final class MultipartBody {

  /** The media type of an .xlsx workbook. */
  public static final String XLSX = MediaTypes.XLSX;

  /** One file, sent in the form field {@code field}. */
  public record FilePart(String field, Path file) {}

  private final String boundary;
  private final List<BodyPublisher> pieces;

  /**
   * The form of {@code parts}.
   *
   * @throws UnreadableFileException for a file that cannot be read, before anything is sent
   */
  public MultipartBody(List<FilePart> parts) {
    this(filesOf(parts));
  }

  private MultipartBody(Builder form) {
    this.boundary = form.boundary;
    List<BodyPublisher> all = new ArrayList<>(form.pieces);
    all.add(text("--" + boundary + "--\r\n"));
    this.pieces = List.copyOf(all);
  }

  private static Builder filesOf(List<FilePart> parts) {
    Builder form = builder();
    parts.forEach(part -> form.file(part.field(), part.file()));
    return form;
  }

  /** A form of text fields and files, in the order they are added, as a browser's form sends. */
  public static Builder builder() {
    return new Builder();
  }

  /** The parts of a form, in order; {@link #build} closes it. */
  public static final class Builder {
    private final String boundary = "hubops-" + UUID.randomUUID();
    private final List<BodyPublisher> pieces = new ArrayList<>();

    private Builder() {}

    /** A text field, as a form's hidden or text input sends it. */
    public Builder field(String name, String value) {
      pieces.add(text(disposition(name) + "\r\n\r\n" + value + "\r\n"));
      return this;
    }

    /**
     * A local file, read as the request goes out.
     *
     * @throws UnreadableFileException if it cannot be read, before anything is sent
     */
    public Builder file(String field, Path file) {
      return part(
          field, file.getFileName().toString(), contentType(file), MultipartBody.file(file));
    }

    /** A file held in memory, named {@code fileName} and declared as {@code contentType}. */
    public Builder file(String field, String fileName, String contentType, byte[] content) {
      return part(field, fileName, contentType, BodyPublishers.ofByteArray(content));
    }

    private Builder part(String field, String fileName, String contentType, BodyPublisher body) {
      pieces.add(
          text(
              disposition(field)
                  + "; "
                  + fileName(fileName)
                  + "\r\nContent-Type: "
                  + contentType
                  + "\r\n\r\n"));
      pieces.add(body);
      pieces.add(text("\r\n"));
      return this;
    }

    private String disposition(String name) {
      return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"";
    }

    public MultipartBody build() {
      return new MultipartBody(this);
    }
  }

  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /** The body's length in bytes, known before anything is sent. */
  public long length() {
    return pieces.stream().mapToLong(BodyPublisher::contentLength).sum();
  }

  /** The body, calling {@code sent} with the size of each chunk as it is handed to the network. */
  public BodyPublisher publisher(LongConsumer sent) {
    BodyPublisher body = BodyPublishers.concat(pieces.toArray(BodyPublisher[]::new));
    return new CountingPublisher(body, sent);
  }

  /**
   * The file's name, as the service names the file in its messages. A header is read as ISO-8859-1,
   * so a name beyond ASCII ({@code заняття.csv}) also goes as RFC 5987 UTF-8 ({@code filename*}),
   * which the service prefers, after an ASCII stand-in for readers that do not know it.
   */
  static String fileName(String name) {
    String ascii =
        name.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "\\\\").replace("\"", "\\\"");
    String plain = "filename=\"" + ascii + "\"";
    if (ascii.equals(name)) {
      return plain;
    }
    StringBuilder encoded = new StringBuilder("filename*=UTF-8''");
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "!#$&+.^_`|~-".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        // Lower-case hex digits, as the pattern of the service's parser (Jersey) spells them.
        encoded.append('%').append(String.format("%02x", b & 0xff));
      }
    }
    return plain + "; " + encoded;
  }

  /** A hint only: the service tells the format by the file's first bytes. */
  private static String contentType(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return XLSX;
    }
    return name.endsWith(".csv") ? "text/csv" : "application/octet-stream";
  }

  private static BodyPublisher text(String text) {
    return BodyPublishers.ofByteArray(text.getBytes(StandardCharsets.UTF_8));
  }

  private static BodyPublisher file(Path file) {
    UnreadableFileException.Reason why = null;
    if (!Files.exists(file)) {
      why = UnreadableFileException.Reason.NO_SUCH_FILE;
    } else if (Files.isDirectory(file)) {
      why = UnreadableFileException.Reason.FOLDER;
    } else if (!Files.isReadable(file)) {
      why = UnreadableFileException.Reason.PERMISSION_DENIED;
    }
    if (why == null) {
      try {
        return BodyPublishers.ofFile(file);
      } catch (FileNotFoundException | SecurityException e) {
        why = UnreadableFileException.Reason.PERMISSION_DENIED;
      }
    }
    throw new UnreadableFileException(file, why);
  }

  /** Passes the body through, counting what the HTTP client takes. */
  private record CountingPublisher(BodyPublisher body, LongConsumer sent) implements BodyPublisher {

    @Override
    public long contentLength() {
      return body.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
      body.subscribe(
          new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
              subscriber.onSubscribe(subscription);
            }

            @Override
            public void onNext(ByteBuffer item) {
              sent.accept(item.remaining());
              subscriber.onNext(item);
            }

            @Override
            public void onError(Throwable throwable) {
              subscriber.onError(throwable);
            }

            @Override
            public void onComplete() {
              subscriber.onComplete();
            }
          });
    }
  }
}
