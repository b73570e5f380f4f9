package org.hubops.api.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.hubops.api.access.Caller;
import org.hubops.api.access.Csrf;
import org.hubops.api.access.Public;
import org.hubops.api.access.SessionCookie;
import org.hubops.api.platform.Bodies;
import org.hubops.model.rest.Login;
import org.hubops.model.rest.LoginResult;
import org.hubops.model.rest.Me;

/**
 * {@code POST /login}, {@code POST /logout} and {@code GET /me}: the browser's session cookie, and
 * who the caller is. The web pages' login form posts its fields to the same service methods.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public record SignInResource(AccountCredentials credentials, SignIn signIn, boolean secureCookies) {

  /** Checks the password (throttled per address and per username) and sets the session cookie. */
  @POST
  @Path("/login")
  @Public
  public Response login(Login input, @Context HttpServletRequest request) {
    Login login = Bodies.required(input);
    SignIn.Started started =
        signIn.start(login.username(), login.password(), login.isRemembered(), request);
    Caller caller = started.caller();
    String sessionId = started.sessionId();
    return Response.ok(new LoginResult(me(caller), Csrf.tokenFor(sessionId)))
        .cookie(
            SessionCookie.issue(
                sessionId, credentials.cookieLifetime(started.remembered()), secureCookies))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /** Ends the browser's session; for a token the call changes nothing. */
  @POST
  @Path("/logout")
  @PermitAll
  public Response logout(@CookieParam(SessionCookie.NAME) String sessionId) {
    credentials.endSession(sessionId);
    return Response.noContent().cookie(SessionCookie.expire(secureCookies)).build();
  }

  @GET
  @Path("/me")
  @PermitAll
  public Me me(@Context SecurityContext security) {
    return me(Caller.of(security));
  }

  private static Me me(Caller caller) {
    return new Me(
        caller.username(),
        caller.displayName(),
        caller.role(),
        List.copyOf(caller.hubIds()).stream().sorted().toList(),
        List.copyOf(caller.oblasts()).stream().sorted().toList());
  }
}
