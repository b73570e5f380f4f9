package org.hubops.api.web;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.hubops.api.access.Caller;
import org.hubops.model.Kyiv;
import org.hubops.model.Language;
import org.hubops.model.Role;

/**
 * What every page has: the words in the visitor's language ({@code t}), the menu for their role,
 * the language switch, and the CSRF token for its forms. Templates extend {@code layout.ftlh}.
 */
public abstract class PageView extends View {

  /** A link of the menu; {@code current} marks the page the visitor is on. */
  public record Link(String href, String label, boolean current) {}

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Kyiv.ZONE);

  private final Visitor visitor;
  private final String title;
  private final FormData form;
  private final FormErrors errors;
  private String notice = "";

  protected PageView(String template, Visitor visitor, String title) {
    this(template, visitor, title, FormData.empty(), FormErrors.none());
  }

  /** A page with a form: what is in it (as typed, when shown again), and what is wrong with it. */
  protected PageView(
      String template, Visitor visitor, String title, FormData form, FormErrors errors) {
    super(template, StandardCharsets.UTF_8);
    this.visitor = visitor;
    this.title = title;
    this.form = form;
    this.errors = errors;
  }

  public FormData getForm() {
    return form;
  }

  public FormErrors getErrors() {
    return errors;
  }

  /**
   * What the page says above its content (layout's {@code notice} macro): what a redirect marked
   * its address for ({@link PageContext#notice}), or that a form came back as typed; empty for
   * nothing.
   */
  public String getNotice() {
    return notice;
  }

  public final void setNotice(String text) {
    this.notice = text;
  }

  /** A moment as the pages show it: Kyiv time, to the minute; empty for none. */
  protected static String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  protected Visitor visitor() {
    return visitor;
  }

  public WebText getT() {
    return visitor.text();
  }

  public String getLang() {
    return visitor.language().tag();
  }

  public String getTitle() {
    return title;
  }

  public String getCsrf() {
    return visitor.csrf();
  }

  public String getCss() {
    return StaticFiles.url(StaticFiles.CSS);
  }

  public String getScript() {
    return StaticFiles.url(StaticFiles.SCRIPT);
  }

  public String getOutboxScript() {
    return StaticFiles.url(StaticFiles.OUTBOX);
  }

  public String getServiceWorker() {
    return StaticFiles.url(StaticFiles.SERVICE_WORKER);
  }

  public String getManifest() {
    return StaticFiles.url(StaticFiles.MANIFEST);
  }

  public String getIcon() {
    return StaticFiles.url(StaticFiles.ICON);
  }

  /** The name shown beside the logout button; empty when nobody is logged in. */
  public String getUser() {
    Caller caller = visitor.caller();
    if (caller == null) {
      return "";
    }
    return caller.displayName() == null ? caller.username() : caller.displayName();
  }

  /** The link to the other language, coming back to this page. */
  public Link getLanguageSwitch() {
    Language other = visitor.language() == Language.UK ? Language.EN : Language.UK;
    return new Link(
        Paths.languageSwitch(other, visitor.path()),
        other == Language.EN ? "English" : "Українська",
        false);
  }

  public List<Link> getMenu() {
    Caller caller = visitor.caller();
    List<Link> menu = new ArrayList<>();
    if (caller == null) {
      return menu;
    }
    if (caller.is(Role.COORDINATOR)) {
      if (caller.hubIds().size() == 1) {
        String hub = caller.hubIds().iterator().next().toString();
        add(menu, Paths.hub(hub), "nav.myHub");
        add(menu, Paths.sessions(hub), "nav.sessions");
        add(menu, Paths.newSession(hub), "nav.logSession");
        add(menu, Paths.participants(hub), "nav.participants");
        add(menu, Paths.equipment(hub), "nav.equipment");
      } else {
        add(menu, Paths.HUBS, "nav.myHubs");
      }
      return menu;
    }
    add(menu, Paths.DASHBOARD, "nav.dashboard");
    add(menu, Paths.HUBS, "nav.hubs");
    add(menu, Paths.SUBMISSIONS, "nav.submissions");
    if (caller.is(Role.ADMIN)) {
      add(menu, Paths.ACCOUNTS, "nav.accounts");
    }
    return menu;
  }

  private void add(List<Link> menu, String href, String key) {
    String here = visitor.path();
    int query = here.indexOf('?');
    String path = query < 0 ? here : here.substring(0, query);
    menu.add(new Link(href, getT().get(key), path.equals(href)));
  }
}
