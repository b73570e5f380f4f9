package org.hubops.api.accounts;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hubops.api.web.PageView;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Visitor;
import org.hubops.model.Kyiv;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.IssuedToken;

/** One account: its hubs, its tokens in force, and the forms that change them. */
public final class AccountView extends PageView {

  /** A token in force; its secret is never shown again. */
  public record Token(String label, String created, String lastUsed, String revoke) {}

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final Account account;
  private final String hubs;
  private final IssuedToken issued;
  private final String problem;

  AccountView(
      Visitor visitor,
      Account account,
      Map<UUID, String> codes,
      IssuedToken issued,
      String problem) {
    super("account.ftlh", visitor, account.username());
    this.account = account;
    this.hubs = hubCodes(account, codes);
    this.issued = issued;
    this.problem = problem;
  }

  static String hubCodes(Account account, Map<UUID, String> codes) {
    return account.hubIds().stream()
        .map(id -> codes.getOrDefault(id, id.toString()))
        .sorted()
        .collect(Collectors.joining(", "));
  }

  public Account getAccount() {
    return account;
  }

  public String getRole() {
    return getT().label(account.role());
  }

  public String getHubs() {
    return hubs;
  }

  public String getOblasts() {
    return String.join(", ", account.oblasts());
  }

  public boolean isRegional() {
    return account.role() == Role.REGIONAL;
  }

  public boolean isActive() {
    return !Boolean.FALSE.equals(account.active());
  }

  /** The secret of a token issued by this request; empty on any other visit. */
  public String getIssued() {
    return issued == null ? "" : issued.token();
  }

  public String getProblem() {
    return problem;
  }

  public List<Token> getTokens() {
    return account.tokens().stream()
        .map(
            t ->
                new Token(
                    t.label() == null ? "" : t.label(),
                    t.createdAt() == null ? "" : WHEN.format(t.createdAt().atZone(Kyiv.ZONE)),
                    t.lastUsedAt() == null ? "" : WHEN.format(t.lastUsedAt().atZone(Kyiv.ZONE)),
                    Paths.account(account.username()) + "/tokens/" + t.id() + "/revoke"))
        .toList();
  }

  public String getHref() {
    return Paths.account(account.username());
  }

  public String getBack() {
    return Paths.ACCOUNTS;
  }
}
