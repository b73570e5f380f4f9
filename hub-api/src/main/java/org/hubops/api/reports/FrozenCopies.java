package org.hubops.api.reports;

import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The frozen datasets this service has sent lately, as the UTF-8 stored, so that a locked quarter's
 * dataset (30 MB for the country) is not read out of PostgreSQL's compressed storage again for
 * every download (issue #15, goal 1). A copy is used only while the stored dataset is the same
 * freeze as it: a quarter locked again is frozen anew, under a new id, also through another
 * instance. Copies are held softly: the collector takes them back before the heap runs short.
 */
final class FrozenCopies {

  private record Key(int year, int quarter, String scope) {}

  private record Copy(UUID freezeId, byte[] utf8) {}

  private final Map<Key, SoftReference<Copy>> copies = new ConcurrentHashMap<>();

  /** The dataset of freeze {@code freezeId}: the copy kept, else {@code stored}'s, kept now. */
  byte[] of(int year, int quarter, String scope, UUID freezeId, Supplier<byte[]> stored) {
    Key key = new Key(year, quarter, scope);
    SoftReference<Copy> kept = copies.get(key);
    Copy copy = kept == null ? null : kept.get();
    if (copy != null && copy.freezeId().equals(freezeId)) {
      return copy.utf8();
    }
    byte[] utf8 = stored.get();
    copies.put(key, new SoftReference<>(new Copy(freezeId, utf8)));
    return utf8;
  }
}
