package org.hubops.api.accounts;

import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.PageView;
import org.hubops.api.web.Visitor;

/** The login form. */
public final class LoginView extends PageView {

  LoginView(Visitor visitor, FormData form, FormErrors errors) {
    super("login.ftlh", visitor, visitor.text().get("login.title"), form, errors);
  }
}
