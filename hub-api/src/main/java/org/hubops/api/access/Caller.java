package org.hubops.api.access;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;
import org.hubops.model.Role;

/**
 * The logged-in account behind a request, as the access rules see it. Resources get it with {@code
 * Caller.of(securityContext)}.
 *
 * @param hubIds the hubs a coordinator serves; empty for the other roles
 */
public record Caller(
    UUID accountId, String username, String displayName, Role role, Set<UUID> hubIds)
    implements Principal {

  public Caller {
    hubIds = Set.copyOf(hubIds);
  }

  /** The caller of a request that passed the access filter. */
  public static Caller of(SecurityContext context) {
    if (context != null && context.getUserPrincipal() instanceof Caller caller) {
      return caller;
    }
    throw new IllegalStateException("No account is logged in for this request");
  }

  @Override
  public String getName() {
    return username;
  }

  public boolean is(Role wanted) {
    return role == wanted;
  }

  /** Admins and association staff see every hub; a coordinator only the hubs they serve. */
  public boolean canRead(UUID hubId) {
    return role != Role.COORDINATOR || hubIds.contains(hubId);
  }

  /**
   * Whether participants' names and phones of {@code hubId} may be shown to this caller: to admins
   * and to the coordinators of that hub, never to association staff. A resource that answers
   * participants strips them otherwise:
   *
   * <pre>{@code
   * Caller caller = Caller.of(security);
   * return caller.canSeePersonalData(hub.id()) ? participant : participant.withoutPersonalData();
   * }</pre>
   */
  public boolean canSeePersonalData(UUID hubId) {
    return role == Role.ADMIN || (role == Role.COORDINATOR && hubIds.contains(hubId));
  }

  /** Never prints more than the username and role. */
  @Override
  public String toString() {
    return "Caller[" + username + ", " + role + "]";
  }
}
