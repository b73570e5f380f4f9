package org.hubops.api.accounts;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hubops.api.platform.Violations;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;

/** What an account must satisfy before it is stored. */
final class AccountRules {

  /** Safe in paths, logs and shell commands: {@code olena.koval}, {@code lv-0042-reader}. */
  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  /**
   * A plain address, as SMTP carries it: one {@code @}, no spaces, a dot in the domain. Not the
   * whole of RFC 5322 (quoted local parts), which nobody at a library types.
   */
  static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

  private AccountRules() {}

  /**
   * {@code account} is normalized: its username lower case, its hubs and oblasts without repeats,
   * its oblasts upper case, its e-mail stripped.
   */
  static void check(Account account, AccountDao accounts, Violations violations) {
    if (violations.required("username", account.username())
        && !USERNAME.matcher(account.username()).matches()) {
      violations.add("username", "validation.username");
    }
    violations.maxLength("displayName", account.displayName(), 200);
    violations.required("role", account.role());
    checkHubs(account.role(), account.hubIds(), accounts, violations);
    checkOblasts(account.role(), account.oblasts(), accounts, violations);
    if (account.email() != null
        && (account.email().length() > 254 || !EMAIL.matcher(account.email()).matches())) {
      violations.add("email", "validation.email");
    }
    if (account.password() != null) {
      List<String> accountWords =
          Stream.of(account.username(), account.displayName()).filter(Objects::nonNull).toList();
      Passwords.check("password", account.password(), accountWords, violations);
    }
  }

  private static void checkOblasts(
      Role role, List<String> oblasts, AccountDao accounts, Violations violations) {
    if (role == Role.REGIONAL) {
      violations.required("oblasts", oblasts);
    } else if (role != null && !oblasts.isEmpty()) {
      violations.add("oblasts", "validation.oblastsOnlyForRegional");
    }
    if (oblasts.isEmpty()) {
      return;
    }
    if (oblasts.contains(null)) {
      violations.add("oblasts", "validation.required");
      return;
    }
    Set<String> known = accounts.existingOblasts(oblasts);
    for (int i = 0; i < oblasts.size(); i++) {
      if (!known.contains(oblasts.get(i))) {
        violations.add("oblasts[" + i + "]", "validation.oblastUnknown", oblasts.get(i));
      }
    }
  }

  private static void checkHubs(
      Role role, List<UUID> hubIds, AccountDao accounts, Violations violations) {
    if (role == Role.COORDINATOR) {
      violations.required("hubIds", hubIds);
    } else if (role != null && !hubIds.isEmpty()) {
      violations.add("hubIds", "validation.hubsOnlyForCoordinators");
    }
    if (hubIds.isEmpty()) {
      return;
    }
    if (hubIds.contains(null)) {
      violations.add("hubIds", "validation.required");
      return;
    }
    Set<UUID> known = accounts.existingHubs(hubIds);
    Set<UUID> reported = new HashSet<>();
    for (int i = 0; i < hubIds.size(); i++) {
      UUID id = hubIds.get(i);
      if (!known.contains(id) && reported.add(id)) {
        violations.add("hubIds[" + i + "]", "validation.hubUnknown", id);
      }
    }
  }
}
