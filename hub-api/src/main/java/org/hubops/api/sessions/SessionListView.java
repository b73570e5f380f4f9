package org.hubops.api.sessions;

import org.hubops.api.web.HubPageView;
import org.hubops.api.web.Listed;
import org.hubops.api.web.Paths;
import org.hubops.api.web.SessionLine;
import org.hubops.api.web.Visitor;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Page;
import org.hubops.model.rest.Session;

/** A hub's sessions, newest first. */
public final class SessionListView extends HubPageView {

  private final Listed<SessionLine> found;

  SessionListView(Visitor visitor, Hub hub, Page<Session> page, String notice) {
    super("sessions.ftlh", visitor, visitor.text().get("sessions.title"), hub);
    this.found = Listed.of(page, s -> SessionLine.of(s, visitor.text()), visitor.path());
    setNotice(notice);
  }

  public Listed<SessionLine> getFound() {
    return found;
  }

  public String getLogSession() {
    return Paths.newSession(hub().id());
  }
}
