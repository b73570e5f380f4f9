package org.hubops.api.accounts;

import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.PageView;
import org.hubops.api.web.Visitor;

/** The form that changes one's own password; a password is never sent back into it. */
public final class PasswordView extends PageView {

  private final FormErrors errors;

  PasswordView(Visitor visitor, FormErrors errors) {
    super("password.ftlh", visitor, visitor.text().get("password.title"));
    this.errors = errors;
  }

  public FormErrors getErrors() {
    return errors;
  }

  public FormData getForm() {
    return FormData.empty();
  }
}
