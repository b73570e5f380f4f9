package org.hubops.api.web;

import org.hubops.model.rest.Hub;

/** A page about one hub: its name under the heading, and whether the visitor may change it. */
public abstract class HubPageView extends PageView {

  private final Hub hub;

  public HubPageView(String template, Visitor visitor, String title, Hub hub) {
    this(template, visitor, title, hub, FormData.empty(), FormErrors.none());
  }

  /** A list of a hub's records, with the filters it was asked for: a form nothing makes wrong. */
  public HubPageView(String template, Visitor visitor, String title, Hub hub, FormData filters) {
    this(template, visitor, title, hub, filters, FormErrors.none());
  }

  /** A hub's page with a form: what is in it, and what is wrong with it. */
  public HubPageView(
      String template, Visitor visitor, String title, Hub hub, FormData form, FormErrors errors) {
    super(template, visitor, title, form, errors);
    this.hub = hub;
  }

  protected Hub hub() {
    return hub;
  }

  public Hub getHub() {
    return hub;
  }

  public String getHubHref() {
    return Paths.hub(hub.id());
  }

  /** Its coordinators and admins change a hub's records; association staff only read them. */
  public boolean isCanWrite() {
    return visitor().canWrite(hub.id());
  }

  public boolean isReadOnly() {
    return !isCanWrite();
  }
}
