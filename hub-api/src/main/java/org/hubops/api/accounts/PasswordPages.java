package org.hubops.api.accounts;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.FormSubmit;
import org.hubops.api.web.PageContext;
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
public record PasswordPages(AccountService accounts, SignIn signIn) {

  @GET
  public PasswordView form(@BeanParam PageContext page) {
    Visitor visitor = page.visitor();
    return new PasswordView(visitor, FormErrors.of(List.of(), labels(visitor.text())));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(
      MultivaluedMap<String, String> posted,
      @Context HttpServletRequest servlet,
      @BeanParam PageContext page) {
    Visitor visitor = page.visitor();
    FormData form = FormData.of(posted);
    String username = visitor.actor();
    Map<String, String> labels = labels(visitor.text());
    FormErrors errors = FormErrors.of(List.of(), labels);
    if (!signIn.isPasswordOf(username, form.value("current"), servlet)) {
      errors.add("current", visitor.text().get("password.wrongCurrent"));
    }
    return FormSubmit.submit(
        errors,
        labels,
        () -> {
          Account current = accounts.get(username);
          Account changed =
              AccountPages.edited(
                  current,
                  current.oblasts(),
                  current.email(),
                  form.value("password"),
                  current.active(),
                  current.version());
          accounts.update(username, changed, username, visitor.text().messages());
          return Paths.LOGIN + "?changed=1";
        },
        FormSubmit.NOT_SHOWN,
        shown -> new PasswordView(visitor, shown));
  }

  private static Map<String, String> labels(WebText t) {
    return Map.of("current", t.get("password.current"), "password", t.get("account.newPassword"));
  }
}
