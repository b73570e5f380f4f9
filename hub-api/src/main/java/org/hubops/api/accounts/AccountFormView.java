package org.hubops.api.accounts;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.Option;
import org.hubops.api.web.PageView;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebText;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;

/** A new account: who, which role, which hubs, and a first password. */
public final class AccountFormView extends PageView {

  AccountFormView(Visitor visitor, FormData form, FormErrors errors) {
    super("account-form.ftlh", visitor, visitor.text().get("account.newTitle"), form, errors);
  }

  static Map<String, String> labels(WebText text) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String field :
        List.of("username", "displayName", "role", "hubIds", "oblasts", "email", "password")) {
      labels.put(field, text.get("account." + field));
    }
    return labels;
  }

  /** The account as typed; the hubs come already resolved from their codes. */
  static Account read(FormData form, List<UUID> hubIds, FormErrors errors) {
    Role role = null;
    try {
      role = form.text("role").map(Role::valueOf).orElse(null);
    } catch (IllegalArgumentException e) {
      errors.add("role", form.value("role"));
    }
    return new Account(
        form.text("username").orElse(null),
        form.text("displayName").orElse(null),
        role,
        hubIds,
        oblasts(form),
        form.text("email").orElse(null),
        form.text("password").isPresent() ? form.value("password") : null,
        true,
        null,
        null,
        null,
        null);
  }

  /** Oblast codes as people type them ("UA-46, ua-07"); the service checks that they exist. */
  static List<String> oblasts(FormData form) {
    return Arrays.stream(form.value("oblasts").split("[\\s,;]+", 30))
        .filter(code -> !code.isBlank())
        .map(code -> code.toUpperCase(Locale.ROOT))
        .toList();
  }

  public List<Option> getRoles() {
    return Option.of(Role.class, getT());
  }

  public String getCancel() {
    return Paths.ACCOUNTS;
  }
}
