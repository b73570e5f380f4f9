package org.hubops.api.accounts;

import java.util.Map;
import java.util.UUID;
import org.hubops.api.web.Listed;
import org.hubops.api.web.PageView;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Visitor;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Page;

/** Every account, with its role and hubs. */
public final class AccountListView extends PageView {

  /** One account of the list. */
  public record Row(
      String href, String username, String name, String role, String hubs, boolean active) {}

  private final Listed<Row> found;

  AccountListView(Visitor visitor, Page<Account> page, Map<UUID, String> codes) {
    super("accounts.ftlh", visitor, visitor.text().get("accounts.title"));
    this.found =
        Listed.of(
            page,
            a ->
                new Row(
                    Paths.account(a.username()),
                    a.username(),
                    a.displayName() == null ? "" : a.displayName(),
                    visitor.text().label(a.role()),
                    a.oblasts().isEmpty()
                        ? AccountView.hubCodes(a, codes)
                        : String.join(", ", a.oblasts()),
                    !Boolean.FALSE.equals(a.active())),
            visitor.path());
  }

  public Listed<Row> getFound() {
    return found;
  }

  public String getAdd() {
    return Paths.ACCOUNTS + "/new";
  }
}
