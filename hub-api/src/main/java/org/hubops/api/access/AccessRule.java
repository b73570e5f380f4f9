package org.hubops.api.access;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.hubops.model.Role;

/**
 * Who may call one resource method. Declared on the method or its class with {@link Public}, {@link
 * PermitAll} (any login), {@link RolesAllowed} (role names of {@link Role}) or {@link DenyAll}; the
 * method's declaration wins over its class's.
 *
 * <p>Routes under {@code /api/v1/hubs/{hubId}/} without a declaration hold a hub's own records
 * (sessions, participants, equipment, ...) and follow the hub-data rule: every role reads, admins
 * and coordinators write, association staff never do. Whatever the declaration, a route with a
 * {@code {hubId}} is also limited to the hubs the caller may see (see {@link AccessFilter}). Any
 * other route without a declaration is closed to everybody: deny by default.
 *
 * @param needsLogin false only for {@link Public} routes
 * @param readers roles that may call it with GET or HEAD
 * @param writers roles that may call it with any other method
 * @param declared false when no declaration was found and the route is closed by default
 */
record AccessRule(boolean needsLogin, Set<Role> readers, Set<Role> writers, boolean declared) {

  static final String HUB_DATA_PREFIX = "/api/v1/hubs/{hubId}/";

  static final AccessRule PUBLIC =
      new AccessRule(false, EnumSet.allOf(Role.class), EnumSet.allOf(Role.class), true);
  static final AccessRule ANY_LOGIN =
      new AccessRule(true, EnumSet.allOf(Role.class), EnumSet.allOf(Role.class), true);
  static final AccessRule HUB_DATA =
      new AccessRule(
          true, EnumSet.allOf(Role.class), EnumSet.of(Role.ADMIN, Role.COORDINATOR), true);
  static final AccessRule DENIED =
      new AccessRule(true, EnumSet.noneOf(Role.class), EnumSet.noneOf(Role.class), true);
  static final AccessRule UNDECLARED =
      new AccessRule(true, EnumSet.noneOf(Role.class), EnumSet.noneOf(Role.class), false);

  AccessRule {
    readers = Set.copyOf(readers);
    writers = Set.copyOf(writers);
  }

  boolean allows(Role role, String httpMethod) {
    boolean reading = "GET".equals(httpMethod) || "HEAD".equals(httpMethod);
    return (reading ? readers : writers).contains(role);
  }

  /** The rule of {@code method} of {@code resource}, from its annotations or its path. */
  static AccessRule of(Class<?> resource, Method method) {
    AccessRule declared = declaredOn(method);
    if (declared == null) {
      declared = declaredOn(resource);
    }
    if (declared != null) {
      return declared;
    }
    return template(resource, method).startsWith(HUB_DATA_PREFIX) ? HUB_DATA : UNDECLARED;
  }

  /** The URI template of a resource method, e.g. {@code /api/v1/hubs/{hubId}/sessions/{id}}. */
  static String template(Class<?> resource, Method method) {
    String path = pathOf(resource) + "/" + pathOf(method);
    return ("/" + path).replaceAll("/+", "/");
  }

  private static String pathOf(AnnotatedElement element) {
    Path path = element.getAnnotation(Path.class);
    return path == null ? "" : path.value();
  }

  private static AccessRule declaredOn(AnnotatedElement element) {
    if (element.isAnnotationPresent(Public.class)) {
      return PUBLIC;
    }
    if (element.isAnnotationPresent(DenyAll.class)) {
      return DENIED;
    }
    if (element.isAnnotationPresent(PermitAll.class)) {
      return ANY_LOGIN;
    }
    RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
    if (roles != null) {
      // Role.valueOf fails at start-up on a misspelt role, rather than silently denying it.
      Set<Role> allowed = EnumSet.noneOf(Role.class);
      Arrays.stream(roles.value()).map(Role::valueOf).forEach(allowed::add);
      return new AccessRule(true, allowed, allowed, true);
    }
    return null;
  }
}
