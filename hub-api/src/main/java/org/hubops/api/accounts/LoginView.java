package org.hubops.api.accounts;

import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.PageView;
import org.hubops.api.web.Visitor;

/** The login form. */
public final class LoginView extends PageView {

  private final FormData form;
  private final FormErrors errors;

  LoginView(Visitor visitor, FormData form, FormErrors errors) {
    super("login.ftlh", visitor, visitor.text().get("login.title"));
    this.form = form;
    this.errors = errors;
  }

  public FormData getForm() {
    return form;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
