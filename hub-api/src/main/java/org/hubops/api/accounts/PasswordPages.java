package org.hubops.api.accounts;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.hubops.api.platform.InvalidInputException;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebText;
import org.hubops.model.rest.Account;

/**
 * Anyone logged in changes their own password (issue #16, defect 7): the current one first, then
 * the new one, checked like every password. Every login of the account ends, this one too, and the
 * person logs in again with the new password.
 */
@Hidden // a page, not part of the API description
@Path("/password")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public final class PasswordPages {

  static final String PATH = "/password";

  private final AccountService accounts;
  private final SignIn signIn;

  public PasswordPages(AccountService accounts, SignIn signIn) {
    this.accounts = accounts;
    this.signIn = signIn;
  }

  @GET
  public PasswordView form(@Context ContainerRequestContext request) {
    Visitor visitor = Visitor.of(request);
    return new PasswordView(visitor, errors(visitor));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(
      MultivaluedMap<String, String> posted,
      @Context HttpServletRequest servlet,
      @Context ContainerRequestContext request) {
    Visitor visitor = Visitor.of(request);
    FormData form = FormData.of(posted);
    String username = visitor.actor();
    FormErrors errors = errors(visitor);
    if (!signIn.isPasswordOf(username, form.value("current"), servlet)) {
      errors.add("current", visitor.text().get("password.wrongCurrent"));
      return Response.status(422).entity(new PasswordView(visitor, errors)).build();
    }
    Account current = accounts.get(username);
    Account changed =
        AccountPages.edited(
            current,
            current.oblasts(),
            current.email(),
            form.value("password"),
            current.active(),
            current.version());
    try {
      accounts.update(username, changed, username, visitor.text().messages());
    } catch (InvalidInputException e) {
      e.errors().forEach(error -> errors.add(FormErrors.baseOf(error.field()), error.message()));
      return Response.status(422).entity(new PasswordView(visitor, errors)).build();
    }
    return Response.seeOther(URI.create(Paths.LOGIN + "?changed=1")).build();
  }

  private static FormErrors errors(Visitor visitor) {
    WebText t = visitor.text();
    return FormErrors.of(
        List.of(),
        Map.of("current", t.get("password.current"), "password", t.get("account.newPassword")));
  }
}
