package org.hubops.api.access;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.platform.Violations;
import org.hubops.model.Role;

/**
 * The logged-in account behind a request, as the access rules see it. Resources get it with {@code
 * Caller.of(securityContext)}.
 *
 * @param hubIds the hubs a coordinator serves; empty for the other roles
 * @param oblasts the oblasts a REGIONAL officer looks after; empty for the other roles
 */
public record Caller(
    UUID accountId,
    String username,
    String displayName,
    Role role,
    Set<UUID> hubIds,
    Set<String> oblasts)
    implements Principal {

  public Caller {
    hubIds = Set.copyOf(hubIds);
    oblasts = Set.copyOf(oblasts);
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

  /** Admins and association staff: every hub of the country, with nothing left out. */
  public boolean seesEveryHub() {
    return role == Role.ADMIN || role == Role.ASSOCIATION;
  }

  /**
   * Whether the caller may see the hub {@code hubId} in {@code oblast}: admins and association
   * staff every hub, a regional officer the hubs of their oblasts, a coordinator only the hubs they
   * serve.
   */
  public boolean canRead(UUID hubId, String oblast) {
    return switch (role) {
      case ADMIN, ASSOCIATION -> true;
      case REGIONAL -> oblasts.contains(oblast);
      case COORDINATOR -> hubIds.contains(hubId);
    };
  }

  /**
   * Whether the caller serves {@code hubId} as its coordinator, or sees every hub; a regional
   * officer needs the hub's oblast, so use {@link #canRead(UUID, String)} where it is at hand.
   */
  public boolean canRead(UUID hubId) {
    return seesEveryHub() || (role == Role.COORDINATOR && hubIds.contains(hubId));
  }

  /**
   * The oblasts a list or count of many hubs is limited to: null (no limit) for everyone but a
   * regional officer, whose lists hold their oblasts' hubs only. An {@code asked} oblast (already
   * upper case; null for none) outside theirs is refused with 403.
   */
  public Set<String> oblastsWithin(String asked, Messages messages) {
    if (role != Role.REGIONAL) {
      return null;
    }
    if (asked != null && !oblasts.contains(asked)) {
      throw new ProblemException(
          403, "Forbidden", messages.get("access.oblastNotYours", asked.strip()));
    }
    return asked == null ? oblasts : Set.of(asked);
  }

  /**
   * The one oblast a report of a single scope (the country or an oblast) is written for: {@code
   * asked} for staff (null for the country); for a regional officer {@code asked} if it is theirs
   * (403 otherwise), else their only oblast, else a violation of {@code oblast} asking them to
   * choose one.
   */
  public String reportOblast(String asked, Violations violations) {
    Set<String> within = oblastsWithin(asked, violations.messages());
    if (within == null || asked != null) {
      return asked;
    }
    if (within.size() == 1) {
      return within.iterator().next();
    }
    violations.add("oblast", "report.chooseOblast", String.join(", ", new TreeSet<>(within)));
    return null;
  }

  /**
   * Whether participants' names and phones of {@code hubId} may be shown to this caller: to admins
   * and to the coordinators of that hub, never to association or regional staff. A resource that
   * answers participants strips them otherwise:
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
