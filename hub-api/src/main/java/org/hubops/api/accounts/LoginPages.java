package org.hubops.api.accounts;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.hubops.api.access.Caller;
import org.hubops.api.access.PageCookies;
import org.hubops.api.access.Public;
import org.hubops.api.access.Secrets;
import org.hubops.api.access.SessionCookie;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.FormSubmit;
import org.hubops.api.web.HeldForms;
import org.hubops.api.web.PageContext;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Visitor;
import org.hubops.model.Language;
import org.hubops.model.Role;

/**
 * The way in and out: the login form, logout, the language switch, and {@code /}, which sends each
 * role to its own start page.
 *
 * <p>The login form has its own CSRF token, since there is no session yet to derive one from: a
 * random value in a short-lived cookie that the form must repeat (double submit), so another site
 * cannot log a librarian into an account of its choosing.
 */
@Hidden // a page, not part of the API description
@Path("/")
@Produces(MediaType.TEXT_HTML)
public record LoginPages(
    AccountCredentials credentials, SignIn signIn, HeldForms held, boolean secureCookies) {

  static final String LOGIN_COOKIE = "hubops_login";
  private static final int LOGIN_FORM_SECONDS = 3600;
  private static final int LANGUAGE_SECONDS = 365 * 24 * 3600;

  @GET
  @PermitAll
  public Response home(@Context SecurityContext security) {
    return FormSubmit.seeOther(homeOf(Caller.of(security)));
  }

  @GET
  @Path("login")
  @Public
  public Response loginForm(
      @QueryParam("next") String next,
      @QueryParam("changed") String changed,
      @BeanParam PageContext page) {
    FormData form =
        FormData.empty().tick("changed", changed != null).tick("held", held.waiting(page));
    return loginPage(page.visitor(), form, next, null, 200);
  }

  @POST
  @Path("login")
  @Public
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response login(
      MultivaluedMap<String, String> posted,
      @CookieParam(LOGIN_COOKIE) String loginToken,
      @Context HttpServletRequest servlet,
      @BeanParam PageContext page) {
    Visitor visitor = page.visitor();
    FormData form = FormData.of(posted);
    String next = form.text("next").orElse(null);
    // The password is never sent back into the page.
    FormData shown =
        FormData.empty().put("username", form.value("username")).put("held", form.value("held"));
    if (!sameToken(loginToken, form.text("csrf").orElse(""))) {
      return loginPage(visitor, shown, next, "login.expired", 403);
    }
    SignIn.Started started;
    try {
      boolean remember = form.text("remember").filter("true"::equals).isPresent();
      started =
          signIn.start(form.text("username").orElse(""), form.value("password"), remember, servlet);
    } catch (ProblemException refused) {
      boolean throttled = refused.status() == 429;
      return loginPage(
          visitor,
          shown,
          next,
          throttled ? "login.throttled" : "login.wrong",
          throttled ? 429 : 401);
    }
    return Response.seeOther(URI.create(Paths.local(next, homeOf(started.caller()))))
        .cookie(
            SessionCookie.issue(
                started.sessionId(),
                credentials.cookieLifetime(started.remembered()),
                secureCookies),
            cookie(LOGIN_COOKIE, "", 0))
        .build();
  }

  @POST
  @Path("logout")
  @PermitAll
  public Response logout(@CookieParam(SessionCookie.NAME) String sessionId) {
    credentials.endSession(sessionId);
    return Response.seeOther(URI.create(Paths.LOGIN))
        .cookie(SessionCookie.expire(secureCookies))
        .build();
  }

  /** Sets the {@code lang} cookie and goes back to the page the switch was on. */
  @GET
  @Path("lang/{tag}")
  @Public
  public Response language(@PathParam("tag") String tag, @QueryParam("back") String back) {
    Language language = Language.fromTag(tag);
    return Response.seeOther(URI.create(Paths.local(back, Paths.HOME)))
        .cookie(cookie(Visitor.LANGUAGE_COOKIE, language.tag(), LANGUAGE_SECONDS))
        .build();
  }

  private Response loginPage(
      Visitor visitor, FormData form, String next, String errorKey, int status) {
    String token = Secrets.newToken();
    form.put("csrf", token).put("next", Paths.local(next, ""));
    FormErrors errors = FormErrors.none();
    if (errorKey != null) {
      errors.general(visitor.text().get(errorKey));
    }
    return Response.status(status)
        .entity(new LoginView(visitor, form, errors))
        .cookie(cookie(LOGIN_COOKIE, token, LOGIN_FORM_SECONDS))
        .build();
  }

  static String homeOf(Caller caller) {
    if (caller.is(Role.ADMIN)) {
      return Paths.ACCOUNTS;
    }
    if (caller.is(Role.ASSOCIATION) || caller.is(Role.REGIONAL)) {
      return Paths.DASHBOARD;
    }
    return caller.hubIds().size() == 1 ? Paths.hub(caller.hubIds().iterator().next()) : Paths.HUBS;
  }

  private static boolean sameToken(String expected, String presented) {
    return expected != null
        && !expected.isEmpty()
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }

  private NewCookie cookie(String name, String value, int maxAge) {
    return PageCookies.of(name, value, maxAge, secureCookies);
  }
}
