package org.hubops.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.QueryParams;
import org.hubops.api.platform.Requester;
import org.hubops.api.platform.Text;
import org.hubops.api.platform.Violations;
import org.hubops.model.rest.AuditEntry;
import org.hubops.model.rest.Page;
import org.jdbi.v3.core.Jdbi;

/** {@code GET /audit?entity=&id=}: who changed what and when, newest first; for admins. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public record AuditResource(Jdbi jdbi, ObjectMapper json) {

  @GET
  public Page<AuditEntry> list(
      @QueryParam("entity") String entity,
      @QueryParam("id") String id,
      @BeanParam PageRequest.Query pages,
      @BeanParam Requester requester) {
    Violations violations = requester.violations();
    PageRequest paging = pages.read(violations);
    AuditEntity kind = QueryParams.enumValue("entity", entity, AuditEntity.class, violations);
    violations.throwIfAny();
    String kindName = kind == null ? null : kind.name();
    String entityId = Text.clean(id);
    return jdbi.withExtension(
        AuditDao.class,
        dao ->
            new Page<>(
                dao.list(kindName, entityId, paging.size(), paging.offset()).stream()
                    .map(this::entry)
                    .toList(),
                paging.page(),
                paging.size(),
                dao.count(kindName, entityId)));
  }

  private AuditEntry entry(AuditRow row) {
    return new AuditEntry(
        row.id(),
        row.recordedAt(),
        row.actor(),
        row.entity(),
        row.entityId(),
        row.action(),
        tree(row.beforeJson()),
        tree(row.afterJson()));
  }

  private JsonNode tree(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The audit trail holds JSON written by AuditLog", e);
    }
  }
}
