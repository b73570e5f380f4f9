package org.hubops.api.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.QueryParams;
import org.hubops.api.platform.Requester;
import org.hubops.api.platform.Text;
import org.hubops.api.platform.Violations;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Page;
import org.hubops.model.rest.ParticipantAccess;

/**
 * {@code GET /privacy/access-log?participant=&from=&to=}: who was shown whose name or phone, newest
 * first; for admins. {@code from} and {@code to} are days in Kyiv, both included.
 */
@Path("/api/v1/privacy/access-log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public record AccessLogResource(AccessLog log) {

  @GET
  public Page<ParticipantAccess> list(
      @QueryParam("participant") String participant,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @BeanParam PageRequest.Query pages,
      @BeanParam Requester requester) {
    Violations violations = requester.violations();
    PageRequest paging = pages.read(violations);
    UUID who = participant(participant, violations);
    LocalDate first = QueryParams.date("from", from, violations);
    LocalDate last = QueryParams.date("to", to, violations);
    violations.throwIfAny();
    return log.list(who, startOf(first), last == null ? null : startOf(last.plusDays(1)), paging);
  }

  private static UUID participant(String text, Violations violations) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Text.uuid(text.strip())
        .orElseGet(
            () -> {
              violations.add("participant", "validation.badFormat", "UUID");
              return null;
            });
  }

  private static Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(Kyiv.ZONE).toInstant();
  }
}
