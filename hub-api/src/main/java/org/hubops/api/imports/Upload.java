package org.hubops.api.imports;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.glassfish.jersey.server.ContainerRequest;
import org.hubops.api.platform.ProblemException;

/**
 * The files a request uploaded, each saved to a temporary file so that a big upload never sits in
 * memory, and its format told by its first bytes rather than by its name. Closing it deletes them.
 */
final class Upload implements AutoCloseable {

  /** What a file's first bytes say it is. */
  enum Format {
    /** A zip: an .xlsx workbook, or something else zipped. */
    ZIP,
    /** An OLE2 compound file: Excel 97-2003 .xls, or an .xlsx with a password. */
    OLD_EXCEL,
    TEXT,
    EMPTY,
    OTHER
  }

  /**
   * One uploaded file.
   *
   * @param name the form field it came in ({@code file} for a raw body)
   * @param fileName the name the sender gave it, when it gave one
   */
  record Part(String name, String fileName, Path path, Format format) {

    /** What problems call the file: the sender's name for it, or its field's. */
    String label() {
      return fileName != null && !fileName.isBlank() ? fileName : name + ".csv";
    }
  }

  static final String FILE = "file";

  private static final byte[] ZIP = {0x50, 0x4b, 0x03, 0x04};
  private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0};
  private static final int SNIFF_BYTES = 8192;

  /** Fields of a page's form that are not files: read as short text, never saved. */
  private static final Set<String> TEXT_FIELDS = Set.of(Imports.DRY_RUN_FIELD, "csrf");

  private static final int TEXT_FIELD_BYTES = 200;

  private final Map<String, Part> parts = new LinkedHashMap<>();
  private final Map<String, String> fields = new LinkedHashMap<>();

  private final UploadFolder folder;

  private Upload(UploadFolder folder) {
    this.folder = folder;
  }

  /**
   * The files of a request: the fields of a multipart form, or the whole body as one file. The body
   * is read only here, after the resource has checked the request, and through the upload cap of
   * {@link org.hubops.api.platform.RequestSizeFilter}.
   */
  static Upload from(ContainerRequest request, UploadFolder folder) {
    MediaType type = request.getMediaType();
    if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
      FormDataMultiPart form;
      try {
        // The reader buffers large parts as files in the folder: it must be there.
        folder.ready();
        form = request.readEntity(FormDataMultiPart.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ProcessingException e) {
        // The cap's 413, wrapped by Jersey on its way out of the multipart reader.
        throw e.getCause() instanceof ProblemException problem ? problem : e;
      }
      return of(form, folder);
    }
    return raw(request.getEntityStream(), folder);
  }

  /**
   * The files of a multipart form, which is cleaned up here; of fields sent twice, the first
   * counts.
   */
  private static Upload of(FormDataMultiPart form, UploadFolder folder) {
    Upload upload = new Upload(folder);
    try (form) {
      for (Map.Entry<String, List<FormDataBodyPart>> field : form.getFields().entrySet()) {
        FormDataBodyPart part = field.getValue().get(0);
        String fileName =
            part.getContentDisposition() == null
                ? null
                : part.getContentDisposition().getFileName();
        if (fileName != null && fileName.isEmpty()) {
          // A page's file input left empty: browsers send it with no name and no content.
          continue;
        }
        try (InputStream in = part.getValueAs(InputStream.class)) {
          if (fileName == null && TEXT_FIELDS.contains(field.getKey())) {
            upload.fields.put(
                field.getKey(),
                new String(in.readNBytes(TEXT_FIELD_BYTES), StandardCharsets.UTF_8).strip());
          } else {
            upload.save(field.getKey(), fileName, in);
          }
        }
      }
      return upload;
    } catch (IOException | RuntimeException e) {
      upload.close();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  /** A request whose whole body is one file. */
  private static Upload raw(InputStream body, UploadFolder folder) {
    Upload upload = new Upload(folder);
    try {
      upload.save(FILE, null, body);
      return upload;
    } catch (IOException | RuntimeException e) {
      upload.close();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  Optional<Part> part(String name) {
    return Optional.ofNullable(parts.get(name));
  }

  /** A form field that is not a file, such as the "check only" box. */
  Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  boolean isEmpty() {
    return parts.isEmpty();
  }

  private void save(String name, String fileName, InputStream in) throws IOException {
    // Written into the file as made (owner-only): Files.copy with REPLACE_EXISTING would make a
    // new file with the default, world-readable permissions.
    Path path = folder.newFile();
    parts.put(name, new Part(name, fileName, path, Format.EMPTY));
    try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.TRUNCATE_EXISTING)) {
      in.transferTo(out);
    }
    parts.put(name, new Part(name, fileName, path, format(path)));
  }

  private static Format format(Path path) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    if (head.length == 0) {
      return Format.EMPTY;
    }
    if (startsWith(head, ZIP)) {
      return Format.ZIP;
    }
    if (startsWith(head, OLE2)) {
      return Format.OLD_EXCEL;
    }
    for (byte b : head) {
      if (b == 0) {
        return Format.OTHER;
      }
    }
    return Format.TEXT;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
  }

  @Override
  public void close() {
    for (Part part : parts.values()) {
      try {
        Files.deleteIfExists(part.path());
      } catch (IOException e) {
        // Once this process is gone, the next start removes its folder and what is left in it.
      }
    }
  }
}
