package org.hubops.api.sessions;

import java.util.Set;
import java.util.stream.Collectors;
import org.hubops.api.reference.ReferenceDao;
import org.hubops.model.rest.Topic;
import org.jdbi.v3.core.Handle;

/**
 * The topic codes a session may name, read once: only the migrations write the topic table, and
 * they run before the service starts (as {@code GET /topics} reads them once). A session logged no
 * longer spends a query, and a DAO set-up, on checking its two topics.
 */
final class TopicCodes {

  private volatile Set<String> codes;

  Set<String> of(Handle handle) {
    Set<String> read = codes;
    if (read == null) {
      read =
          handle.attach(ReferenceDao.class).topics().stream()
              .map(Topic::code)
              .collect(Collectors.toUnmodifiableSet());
      codes = read;
    }
    return read;
  }
}
