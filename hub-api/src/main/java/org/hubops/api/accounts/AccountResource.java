package org.hubops.api.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.hubops.api.platform.Bodies;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.platform.Requester;
import org.hubops.api.platform.Text;
import org.hubops.api.platform.Violations;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.IssuedToken;
import org.hubops.model.rest.NewToken;
import org.hubops.model.rest.Page;

/** {@code /accounts}: who may use HubOps, with which role and hubs, and their API tokens. */
@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public record AccountResource(AccountService accounts) {

  @GET
  public Page<Account> list(@BeanParam PageRequest.Query pages, @BeanParam Requester requester) {
    Violations violations = requester.violations();
    PageRequest paging = pages.read(violations);
    violations.throwIfAny();
    return accounts.list(paging);
  }

  @POST
  public Response create(Account input, @Context UriInfo uri, @BeanParam Requester requester) {
    Account created =
        accounts.create(Bodies.required(input), requester.actor(), requester.messages());
    return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("/{username}")
  public Account get(@PathParam("username") String username) {
    return accounts.get(username);
  }

  @PUT
  @Path("/{username}")
  public Account update(
      @PathParam("username") String username, Account input, @BeanParam Requester requester) {
    return accounts.update(
        username, Bodies.required(input), requester.actor(), requester.messages());
  }

  /** The token's secret is in this answer only; a body (with a label) is optional. */
  @POST
  @Path("/{username}/tokens")
  public Response issueToken(
      @PathParam("username") String username,
      NewToken input,
      @Context UriInfo uri,
      @BeanParam Requester requester) {
    String label = input == null ? null : input.label();
    Violations violations = requester.violations();
    violations.maxLength("label", label, 100);
    violations.throwIfAny();
    IssuedToken issued = accounts.issueToken(username, label, requester.actor());
    return Response.created(uri.getAbsolutePathBuilder().path(issued.id().toString()).build())
        .entity(issued)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  @DELETE
  @Path("/{username}/tokens/{tokenId}")
  public Response revokeToken(
      @PathParam("username") String username,
      @PathParam("tokenId") String tokenId,
      @BeanParam Requester requester) {
    UUID id = Text.uuid(tokenId).orElseThrow(() -> ProblemException.notFound("Token " + tokenId));
    accounts.revokeToken(username, id, requester.actor());
    return Response.noContent().build();
  }
}
