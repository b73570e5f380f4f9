package org.hubops.model.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.UUID;
import org.hubops.model.Role;

/**
 * Who the caller is, for programs and pages that adapt to it.
 *
 * @param hubIds the hubs a coordinator serves; empty for the other roles
 * @param oblasts the oblasts a REGIONAL officer looks after; empty for the other roles
 */
public record Me(
    String username, String displayName, Role role, List<UUID> hubIds, List<String> oblasts) {

  @JsonCreator
  public Me {
    hubIds = hubIds == null ? List.of() : List.copyOf(hubIds);
    oblasts = oblasts == null ? List.of() : List.copyOf(oblasts);
  }

  public Me(String username, String displayName, Role role, List<UUID> hubIds) {
    this(username, displayName, role, hubIds, List.of());
  }
}
