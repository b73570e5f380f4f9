package org.hubops.api.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.sqlobject.SqlObjectFactory;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Builds the SQL Object metadata of every DAO of the service once, on the {@link Jdbi} itself.
 *
 * <p>JDBI caches the metadata of an attached interface in the configuration it was built on. A
 * {@code handle.attach(SomeDao.class)} builds it on the handle's own copy of the configuration, so
 * the entry is lost when the handle closes and the next request builds it again: every method's
 * handler and a configuration copy per method, each time. That was a third of the CPU of logging a
 * session (docs/benchmarks/logging-profile.md). Built once on the Jdbi, every handle's copy starts
 * with it.
 */
final class ExtensionMetadataCache {

  private static final String PACKAGE = "org/hubops/api/";

  private ExtensionMetadataCache() {}

  /** Builds, on {@code jdbi}, the metadata of each SQL Object interface of the service. */
  static void fill(Jdbi jdbi) {
    Extensions extensions = jdbi.getConfig(Extensions.class);
    // Without the SqlObject plugin (installed by Dropwizard's JdbiFactory) there is nothing to
    // keep.
    extensions
        .findFactory(SqlObjectFactory.class)
        .ifPresent(
            factory -> {
              for (Class<?> type : sqlObjects()) {
                extensions.findMetadata(type, factory);
              }
            });
  }

  /** The interfaces of the service's classes (jar or folder) with an SQL Object method. */
  static List<Class<?>> sqlObjects() {
    List<Class<?>> types = new ArrayList<>();
    for (String name : classNames()) {
      try {
        Class<?> type = Class.forName(name, false, ExtensionMetadataCache.class.getClassLoader());
        if (type.isInterface() && Arrays.stream(type.getMethods()).anyMatch(SQL::test)) {
          types.add(type);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // Not ours to load (an optional dependency missing): not a DAO either.
      }
    }
    return types;
  }

  private interface MethodTest {
    boolean test(Method method);
  }

  private static final MethodTest SQL =
      m ->
          m.isAnnotationPresent(SqlQuery.class)
              || m.isAnnotationPresent(SqlUpdate.class)
              || m.isAnnotationPresent(SqlBatch.class);

  private static List<String> classNames() {
    try {
      Path where =
          Path.of(
              ExtensionMetadataCache.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
      List<String> names = new ArrayList<>();
      if (Files.isDirectory(where)) {
        try (Stream<Path> files = Files.walk(where.resolve(PACKAGE))) {
          files
              .map(f -> where.relativize(f).toString().replace('\\', '/'))
              .filter(ExtensionMetadataCache::isDaoClass)
              .forEach(f -> names.add(className(f)));
        }
      } else {
        try (JarFile jar = new JarFile(where.toFile())) {
          jar.stream()
              .map(JarEntry::getName)
              .filter(ExtensionMetadataCache::isDaoClass)
              .forEach(f -> names.add(className(f)));
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isDaoClass(String path) {
    return path.startsWith(PACKAGE) && path.endsWith("Dao.class");
  }

  private static String className(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.');
  }
}
