package org.hubops.api.backup;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where an H2 file database lives, read from its JDBC URL: {@code
 * jdbc:h2:file:./data/hubops;MODE=...} is the database {@code hubops} in the folder {@code ./data},
 * kept in {@code ./data/hubops.mv.db}.
 */
record H2Location(Path folder, String name) {

  private static final String PREFIX = "jdbc:h2:";

  static boolean isH2(String url) {
    return url != null && url.toLowerCase(Locale.ROOT).startsWith(PREFIX);
  }

  /** The file database of {@code url}; an in-memory or server database has no files to copy. */
  static H2Location of(String url) {
    String rest = url.substring(PREFIX.length());
    int semicolon = rest.indexOf(';');
    String path = semicolon < 0 ? rest : rest.substring(0, semicolon);
    if (path.startsWith("mem:") || path.startsWith("tcp:") || path.startsWith("ssl:")) {
      throw new IllegalArgumentException(
          "Backup and restore work on an H2 file database; this one is " + path);
    }
    path = path.startsWith("file:") ? path.substring("file:".length()) : path;
    Path file = Path.of(path);
    Path folder = file.getParent() == null ? Path.of(".") : file.getParent();
    return new H2Location(folder, file.getFileName().toString());
  }

  /** The URL that opens just this database, here and now, refusing to create it. */
  String localUrl() {
    return PREFIX + "file:" + folder.resolve(name) + ";IFEXISTS=TRUE";
  }

  Path dataFile() {
    return folder.resolve(name + ".mv.db");
  }
}
