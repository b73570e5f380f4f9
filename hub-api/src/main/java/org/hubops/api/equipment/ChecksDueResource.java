package org.hubops.api.equipment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.hubops.api.access.Caller;
import org.hubops.api.platform.Requester;
import org.hubops.api.platform.Violations;
import org.hubops.api.reports.ReportParams;
import org.hubops.model.rest.CheckDue;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code /equipment/checks-due}: the items of the country or one oblast whose physical check is due
 * or overdue, for the staff who ask hubs to check theirs; a regional officer sees their oblasts'
 * only.
 */
@Path("/api/v1/equipment/checks-due")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "ASSOCIATION", "REGIONAL"})
public final class ChecksDueResource {

  private final Jdbi jdbi;
  private final EquipmentChecks checks;

  public ChecksDueResource(Jdbi jdbi, EquipmentChecks checks) {
    this.jdbi = jdbi;
    this.checks = checks;
  }

  @GET
  public List<CheckDue> due(@QueryParam("oblast") String oblast, @BeanParam Requester requester) {
    Violations violations = requester.violations();
    String code = new ReportParams(jdbi, violations).oblast(oblast);
    violations.throwIfAny();
    Set<String> within = Caller.of(requester.security()).oblastsWithin(code, violations.messages());
    return checks.due(null, code).stream()
        .filter(item -> within == null || within.contains(item.oblast()))
        .toList();
  }
}
