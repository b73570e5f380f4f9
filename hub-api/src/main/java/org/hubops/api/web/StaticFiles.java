package org.hubops.api.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.hubops.api.access.Public;
import org.hubops.api.platform.ProblemException;

/**
 * The stylesheet and the small script, read once. Their links carry a hash of the content, so a
 * browser may keep them for a year: on a slow line a page then costs only its own HTML.
 */
@Hidden // a page, not part of the API description
@Path("/static")
public final class StaticFiles {

  static final String CSS = "hubops.css";
  static final String SCRIPT = "hubops.js";
  static final String OUTBOX = "outbox.js";
  static final String SERVICE_WORKER = "sw.js";
  static final String MANIFEST = "manifest.webmanifest";
  static final String ICON = "icon.svg";

  private record Asset(byte[] bytes, String type, String version) {}

  private static final Map<String, Asset> ASSETS =
      Map.of(
          CSS, load(CSS, "text/css; charset=utf-8"),
          SCRIPT, load(SCRIPT, "text/javascript; charset=utf-8"),
          OUTBOX, load(OUTBOX, "text/javascript; charset=utf-8"),
          SERVICE_WORKER, load(SERVICE_WORKER, "text/javascript; charset=utf-8"),
          MANIFEST, load(MANIFEST, "application/manifest+json; charset=utf-8"),
          ICON, load(ICON, "image/svg+xml"));

  /** The address of an asset, with its content hash for caching. */
  static String url(String name) {
    return "/static/" + name + "?v=" + ASSETS.get(name).version();
  }

  @GET
  @Path("/{name}")
  @Public
  public Response get(@PathParam("name") String name) {
    Asset asset = ASSETS.get(name);
    if (asset == null) {
      throw ProblemException.notFound("File " + name);
    }
    if (name.equals(SERVICE_WORKER)) {
      // The offline worker serves the whole site's pages (issue #16) from /static/: it says so, and
      // is asked for anew on each visit so that a new version takes over at once.
      return Response.ok(asset.bytes(), asset.type())
          .header("Service-Worker-Allowed", "/")
          .header(HttpHeaders.CACHE_CONTROL, "no-cache")
          .build();
    }
    return Response.ok(asset.bytes(), asset.type())
        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
        .header(HttpHeaders.ETAG, "\"" + asset.version() + "\"")
        .build();
  }

  private static Asset load(String name, String type) {
    try (InputStream in = StaticFiles.class.getResourceAsStream("static/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing static file " + name);
      }
      byte[] bytes = in.readAllBytes();
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new Asset(bytes, type, HexFormat.of().formatHex(digest, 0, 6));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
