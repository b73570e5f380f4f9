package org.hubops.api.platform;

import io.dropwizard.db.DataSourceFactory;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An acknowledged write is kept on the embedded H2 as on PostgreSQL (DESIGN.md, Storage).
 *
 * <p>By default H2 writes committed changes to its file up to {@code WRITE_DELAY} (500 ms) after
 * the commit, from a background thread: a service killed in that time loses writes it had answered
 * 201 (CrashRecoveryIT saw 1 of 55). With {@code WRITE_DELAY=0} every commit is written to the file
 * before the statement returns, so a killed process loses nothing; but H2 does not fsync a commit,
 * so the operating system could still lose it in a power cut. {@link #syncAfterWrites} closes that
 * too: a write request is answered only after {@code CHECKPOINT SYNC} has forced the file to disk.
 *
 * <p>Both are the code's doing, not the configuration's, so a configuration that forgets them (or
 * an old one) cannot lose writes.
 */
public final class H2Durability {

  private static final Logger LOG = LoggerFactory.getLogger(H2Durability.class);
  private static final Pattern WRITE_DELAY = Pattern.compile("(?i);\\s*WRITE_DELAY\\s*=[^;]*");
  private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, "OPTIONS");

  private H2Durability() {}

  /** True for an H2 database kept in files (not in memory, not a server elsewhere). */
  public static boolean isFileDatabase(String url) {
    if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
      return false;
    }
    String path = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
    return !path.startsWith("mem:") && !path.startsWith("tcp:") && !path.startsWith("ssl:");
  }

  /** {@code url} with {@code WRITE_DELAY=0}, whatever it said before. */
  public static String durableUrl(String url) {
    if (!isFileDatabase(url)) {
      return url;
    }
    String without = WRITE_DELAY.matcher(url).replaceAll("");
    if (!without.equals(url) && !url.matches("(?i).*;\\s*WRITE_DELAY\\s*=\\s*0\\s*(;.*)?$")) {
      LOG.warn(
          "database.url set WRITE_DELAY: replaced by WRITE_DELAY=0, or answered writes could be lost");
    }
    return without + ";WRITE_DELAY=0";
  }

  /** Makes the configured H2 file database write every commit before it returns. */
  public static void enforce(DataSourceFactory database) {
    database.setUrl(durableUrl(database.getUrl()));
  }

  /**
   * For an H2 file database, a response filter that forces the database file to disk before a write
   * request (anything but GET, HEAD, OPTIONS) is answered with a success; {@code null} for any
   * other database, whose commits are durable already (PostgreSQL's {@code synchronous_commit}).
   */
  public static ContainerResponseFilter syncAfterWrites(DataSourceFactory database, Jdbi jdbi) {
    if (!isFileDatabase(database.getUrl())) {
      return null;
    }
    return new SyncFilter(jdbi);
  }

  /**
   * Writes answered together share their syncs ({@link GroupSync}): one {@code CHECKPOINT SYNC} per
   * write serialised the writers behind the disk (issue #15, logging on H2).
   */
  private static final class SyncFilter implements ContainerResponseFilter {

    private final GroupSync sync;

    SyncFilter(Jdbi jdbi) {
      this.sync = new GroupSync(() -> jdbi.useHandle(handle -> handle.execute("CHECKPOINT SYNC")));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (!READS.contains(request.getMethod()) && response.getStatus() < 400) {
        sync.await();
      }
    }
  }
}
