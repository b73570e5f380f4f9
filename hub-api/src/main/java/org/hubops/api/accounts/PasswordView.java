package org.hubops.api.accounts;

import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.PageView;
import org.hubops.api.web.Visitor;

/** The form that changes one's own password; a password is never sent back into it. */
public final class PasswordView extends PageView {

  PasswordView(Visitor visitor, FormErrors errors) {
    super("password.ftlh", visitor, visitor.text().get("password.title"), FormData.empty(), errors);
  }
}
