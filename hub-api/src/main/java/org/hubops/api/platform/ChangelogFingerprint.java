package org.hubops.api.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SHA-256 of the changelog, every file it includes and every data file those load: equal
 * fingerprints mean the same schema. It lets a start-up that finds its fingerprint already recorded
 * skip Liquibase, whose start alone takes most of the embedded service's start time.
 */
final class ChangelogFingerprint {

  /** {@code file="..."} of an include or a loadData, relative to the file that names it. */
  private static final Pattern FILE = Pattern.compile("\\bfile=\"([^\"]+)\"");

  private ChangelogFingerprint() {}

  static String of(String changelog) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      add(digest, changelog);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void add(MessageDigest digest, String resource) {
    byte[] content = read(resource);
    digest.update(resource.getBytes(StandardCharsets.UTF_8));
    digest.update(content);
    if (resource.endsWith(".xml")) {
      Matcher files = FILE.matcher(new String(content, StandardCharsets.UTF_8));
      while (files.find()) {
        add(digest, URI.create(resource).resolve(files.group(1)).normalize().toString());
      }
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in =
        ChangelogFingerprint.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing from the class path: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
