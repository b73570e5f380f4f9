package org.hubops.api.accounts;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.InvalidInputException;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.platform.Text;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.FormSubmit;
import org.hubops.api.web.PageContext;
import org.hubops.api.web.Paging;
import org.hubops.api.web.Paths;
import org.hubops.api.web.ShownOnce;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebText;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.IssuedToken;
import org.hubops.model.rest.Page;

/**
 * Accounts and their API tokens, for admins, through {@link AccountService} as the API does. A new
 * token is shown once, on the page that issued it, and never again.
 */
@Hidden // a page, not part of the API description
@Path("/accounts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("ADMIN")
public final class AccountPages {

  /** The stored label's width; {@code AccountService} does not check it yet. */
  private static final int TOKEN_LABEL_MAX = 100;

  private final AccountService accounts;
  private final HubService hubs;

  private final ShownOnce<IssuedToken> issuedTokens = new ShownOnce<>(java.time.Clock.systemUTC());

  public AccountPages(AccountService accounts, HubService hubs) {
    this.accounts = accounts;
    this.hubs = hubs;
  }

  @GET
  public AccountListView list(@QueryParam("page") String at, @BeanParam PageContext page) {
    Visitor visitor = page.visitor();
    Page<Account> found = accounts.list(Paging.request(at, visitor.text()));
    Map<UUID, String> codes =
        codes(found.items().stream().flatMap(a -> a.hubIds().stream()).toList());
    return new AccountListView(visitor, found, codes);
  }

  @GET
  @Path("/new")
  public AccountFormView newForm(@BeanParam PageContext page) {
    return new AccountFormView(
        page.visitor(), FormData.empty().put("role", "COORDINATOR"), FormErrors.none());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(MultivaluedMap<String, String> posted, @BeanParam PageContext page) {
    Visitor visitor = page.visitor();
    WebText text = visitor.text();
    FormData form = FormData.of(posted);
    Map<String, String> labels = AccountFormView.labels(text);
    FormErrors errors = FormErrors.of(List.of(), labels);
    Account typed = AccountFormView.read(form, hubIds(form, text, errors), errors);
    return FormSubmit.submit(
        errors,
        labels,
        () -> Paths.account(accounts.create(typed, visitor.actor(), text.messages()).username()),
        FormSubmit.taken("username", text.get("account.exists")),
        // The password is not sent back into the page.
        shown -> new AccountFormView(visitor, form.put("password", ""), shown));
  }

  @GET
  @Path("/{username}")
  public AccountView show(
      @PathParam("username") String username,
      @QueryParam("issued") String issued,
      @BeanParam PageContext page) {
    Visitor visitor = page.visitor();
    IssuedToken token = issuedTokens.take(issued, visitor.actor()).orElse(null);
    AccountView view = view(visitor, accounts.get(username), token, "");
    view.setNotice(page.notice("password", "account.passwordSet"));
    return view;
  }

  /**
   * One part of an account, from its page's forms. {@code password}: an admin sets a new password
   * for someone who forgot theirs (the login page sends them here): the account's logins end, and
   * the person logs in with the new one. {@code active}: deactivates or reactivates; the account's
   * sessions end when it is deactivated. {@code contact}: the e-mail, and a regional officer's
   * oblasts.
   */
  @POST
  @Path("/{username}/{part: password|active|contact}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(
      @PathParam("username") String username,
      @PathParam("part") String part,
      MultivaluedMap<String, String> posted,
      @BeanParam PageContext page) {
    Visitor visitor = page.visitor();
    FormData form = FormData.of(posted);
    Account current = accounts.get(username);
    List<String> oblasts = current.oblasts();
    String email = current.email();
    String password = null;
    Boolean active = current.active();
    String then = Paths.account(current.username());
    switch (part) {
      case "password" -> {
        password = form.text("password").orElse("");
        then += "?password=set";
      }
      case "active" -> active = form.checked("active", "true");
      default -> {
        oblasts = posted.containsKey("oblasts") ? AccountFormView.oblasts(form) : oblasts;
        email = form.text("email").orElse(null);
      }
    }
    Long version = form.whole("version").orElse(null);
    Account changed = edited(current, oblasts, email, password, active, version);
    return change(visitor, changed, then, !"active".equals(part));
  }

  /**
   * Stores a change of an account, or shows its page again saying why not: what the rules refuse
   * (422, with their words when {@code sayWhy}) or a conflict (409).
   */
  private Response change(Visitor visitor, Account changed, String then, boolean sayWhy) {
    String username = changed.username();
    try {
      accounts.update(username, changed, visitor.actor(), visitor.text().messages());
    } catch (ProblemException e) {
      int status = 409;
      String problem = visitor.text().get("account.notChanged");
      if (sayWhy && e instanceof InvalidInputException invalid) {
        status = 422;
        problem =
            invalid.errors().stream()
                .map(error -> error.message())
                .collect(Collectors.joining("; "));
      } else if (e.status() != 409 && (sayWhy || e.status() != 422)) {
        throw e;
      }
      return shownAgain(visitor, status, username, problem);
    }
    return FormSubmit.seeOther(then);
  }

  /** The account as it is, with what a page may change. */
  static Account edited(
      Account current,
      List<String> oblasts,
      String email,
      String password,
      Boolean active,
      Long version) {
    return new Account(
        current.username(),
        current.displayName(),
        current.role(),
        current.hubIds(),
        oblasts,
        email,
        password,
        active,
        version,
        null,
        null,
        null);
  }

  @POST
  @Path("/{username}/tokens")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response issueToken(
      @PathParam("username") String username,
      MultivaluedMap<String, String> posted,
      @BeanParam PageContext page) {
    Visitor visitor = page.visitor();
    String label = FormData.of(posted).text("label").orElse(null);
    if (label != null && label.length() > TOKEN_LABEL_MAX) {
      String problem = visitor.text().messages().get("validation.maxLength", TOKEN_LABEL_MAX);
      return shownAgain(visitor, 422, username, problem);
    }
    IssuedToken issued = accounts.issueToken(username, label, visitor.actor());
    // Shown by the page the browser is sent to, so a reload asks for that page, not a new token.
    String key = issuedTokens.keep(issued, visitor.actor());
    return FormSubmit.seeOther(Paths.account(username) + "?issued=" + key);
  }

  @POST
  @Path("/{username}/tokens/{tokenId}/revoke")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revokeToken(
      @PathParam("username") String username,
      @PathParam("tokenId") String tokenId,
      @BeanParam PageContext page) {
    UUID id = Text.pathId("Token", tokenId);
    Account account = accounts.get(username);
    accounts.revokeToken(account.username(), id, page.visitor().actor());
    return FormSubmit.seeOther(Paths.account(account.username()));
  }

  /** The account's page again, as stored now, saying why what was posted was not stored. */
  private Response shownAgain(Visitor visitor, int status, String username, String problem) {
    return Response.status(status)
        .entity(view(visitor, accounts.get(username), null, problem))
        .build();
  }

  private AccountView view(Visitor visitor, Account account, IssuedToken issued, String problem) {
    return new AccountView(visitor, account, codes(account.hubIds()), issued, problem);
  }

  /** Hub codes people type ("LV-0042, LV-0043") as ids; an unknown code is an error. */
  private List<UUID> hubIds(FormData form, WebText text, FormErrors errors) {
    List<UUID> ids = new ArrayList<>();
    // A coordinator serves a hub or two; a pasted list of thousands is cut, not looked up.
    for (String code : form.value("hubs").split("[\\s,;]+", 50)) {
      if (code.isBlank() || code.length() > 40) {
        continue;
      }
      hubs.find(code)
          .ifPresentOrElse(
              hub -> ids.add(hub.id()),
              () -> errors.add("hubIds", text.messages().get("validation.hubUnknown", code)));
    }
    return ids;
  }

  private Map<UUID, String> codes(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return hubs
        .list(
            false,
            new HashSet<>(ids),
            null,
            null,
            null,
            null,
            new PageRequest(0, PageRequest.MAX_SIZE))
        .items()
        .stream()
        .collect(Collectors.toMap(Hub::id, Hub::code, (a, b) -> a));
  }
}
