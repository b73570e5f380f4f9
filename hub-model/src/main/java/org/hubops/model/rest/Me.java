package org.hubops.model.rest;

import java.util.List;
import java.util.UUID;
import org.hubops.model.Role;

/**
 * Who the caller is, for programs and pages that adapt to it.
 *
 * @param hubIds the hubs a coordinator serves; empty for the other roles
 */
public record Me(String username, String displayName, Role role, List<UUID> hubIds) {

  public Me {
    hubIds = hubIds == null ? List.of() : List.copyOf(hubIds);
  }
}
