package org.hubops.api.equipment;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.hubops.api.access.HubPath;
import org.hubops.api.platform.Bodies;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.QueryParams;
import org.hubops.api.platform.Requester;
import org.hubops.api.platform.Responses;
import org.hubops.api.platform.Text;
import org.hubops.api.platform.Violations;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.rest.CheckDue;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.EquipmentCheck;
import org.hubops.model.rest.EquipmentEvent;
import org.hubops.model.rest.EquipmentRepair;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Page;
import org.hubops.model.rest.StatusChange;

/**
 * {@code /hubs/{hubId}/equipment}: a hub's equipment, its status changes and their history, its
 * physical checks, the items whose check is due, and its repairs.
 */
@Path("/api/v1/hubs/{hubId}/equipment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public record EquipmentResource(
    EquipmentService equipment, EquipmentChecks checks, EquipmentRepairs repairs) {

  /** Ordered by inventory number; {@code status} and {@code category} narrow the list. */
  @GET
  public Page<Equipment> list(
      @BeanParam HubPath path,
      @QueryParam("status") String status,
      @QueryParam("category") String category,
      @BeanParam PageRequest.Query pages,
      @BeanParam Requester requester) {
    Hub hub = path.hub();
    Violations violations = requester.violations();
    EquipmentStatus wantedStatus =
        QueryParams.enumValue("status", status, EquipmentStatus.class, violations);
    EquipmentCategory wantedCategory =
        QueryParams.enumValue("category", category, EquipmentCategory.class, violations);
    PageRequest paging = pages.read(violations);
    violations.throwIfAny();
    return equipment.list(hub, wantedStatus, wantedCategory, paging);
  }

  @POST
  public Response create(
      @BeanParam HubPath path,
      Equipment input,
      @Context UriInfo uri,
      @BeanParam Requester requester) {
    Equipment created =
        equipment.create(
            path.hub(), Bodies.required(input), requester.actor(), requester.messages());
    return Responses.created(uri, created.id(), created);
  }

  @GET
  @Path("/{id}")
  public Equipment get(@BeanParam Item item) {
    return equipment.get(item.hub(), item.id());
  }

  /** Replaces everything but the status; the body carries the version it was read at. */
  @PUT
  @Path("/{id}")
  public Equipment update(@BeanParam Item item, Equipment input, @BeanParam Requester requester) {
    return equipment.update(
        item.hub(), item.id(), Bodies.required(input), requester.actor(), requester.messages());
  }

  /** Records a status change (kept in the history) and answers the item as it now is. */
  @POST
  @Path("/{id}/status")
  public Equipment changeStatus(
      @BeanParam Item item, StatusChange change, @BeanParam Requester requester) {
    return equipment.changeStatus(
        item.hub(), item.id(), Bodies.required(change), requester.actor(), requester.messages());
  }

  /** Records a physical check of the item: found or not, in what condition. */
  @POST
  @Path("/{id}/checks")
  public Response check(
      @BeanParam Item item, EquipmentCheck check, @BeanParam Requester requester) {
    EquipmentCheck stored =
        checks.record(
            item.hub(), item.id(), Bodies.required(check), requester.actor(), requester.messages());
    return Response.status(Response.Status.CREATED).entity(stored).build();
  }

  /** The item's checks, the latest first. */
  @GET
  @Path("/{id}/checks")
  public List<EquipmentCheck> checks(@BeanParam Item item) {
    return checks.checks(item.hub(), item.id());
  }

  /** The hub's items whose check is due within a month or overdue, longest unchecked first. */
  @GET
  @Path("/checks-due")
  public List<CheckDue> checksDue(@BeanParam HubPath path) {
    return checks.due(path.hub().id(), null);
  }

  /** Opens a repair: the item goes UNDER_REPAIR from {@code openedOn}, kept in its history. */
  @POST
  @Path("/{id}/repairs")
  public Response openRepair(
      @BeanParam Item item,
      EquipmentRepair repair,
      @Context UriInfo uri,
      @BeanParam Requester requester) {
    EquipmentRepair opened =
        repairs.open(
            item.hub(),
            item.id(),
            Bodies.required(repair),
            requester.actor(),
            requester.messages());
    return Responses.created(uri, opened.id(), opened);
  }

  /** Closes a repair: what was done, its cost, and the status the item comes back in. */
  @PUT
  @Path("/{id}/repairs/{repairId}")
  public EquipmentRepair closeRepair(
      @BeanParam Item item,
      @PathParam("repairId") String repairId,
      EquipmentRepair repair,
      @BeanParam Requester requester) {
    return repairs.close(
        item.hub(),
        item.id(),
        Text.pathId("Repair", repairId),
        Bodies.required(repair),
        requester.actor(),
        requester.messages());
  }

  /** The item's repairs, the latest first. */
  @GET
  @Path("/{id}/repairs")
  public List<EquipmentRepair> repairs(@BeanParam Item item) {
    return repairs.of(item.hub(), item.id());
  }

  @GET
  @Path("/{id}/history")
  public List<EquipmentEvent> history(@BeanParam Item item) {
    return equipment.history(item.hub(), item.id());
  }

  /** The hub's item a route's {@code {id}} names, taken by the route as one {@code BeanParam}. */
  // The API description reads a bean's parameters from the properties Jackson sees: its fields.
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
  public static final class Item {

    @BeanParam private HubPath path;

    @PathParam("id")
    private String id;

    Hub hub() {
      return path.hub();
    }

    UUID id() {
      return Text.pathId("Equipment", id);
    }
  }
}
