package org.hubops.api.sessions;

import org.hubops.api.web.HubPageView;
import org.hubops.api.web.Paths;
import org.hubops.api.web.SessionLine;
import org.hubops.api.web.Visitor;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;

/** "Delete this session?", with what it holds, so nobody deletes the wrong one. */
public final class SessionDeleteView extends HubPageView {

  private final Session session;
  private final String problem;

  SessionDeleteView(Visitor visitor, Hub hub, Session session, String problem) {
    super("session-delete.ftlh", visitor, visitor.text().get("session.deleteTitle"), hub);
    this.session = session;
    this.problem = problem;
  }

  public SessionLine getLine() {
    return SessionLine.of(session, getT());
  }

  public long getVersion() {
    return session.version();
  }

  public String getProblem() {
    return problem;
  }

  public String getAction() {
    return Paths.session(hub().id(), session.id()) + "/delete";
  }

  public String getCancel() {
    return Paths.session(hub().id(), session.id());
  }

  public boolean isCanWrite() {
    return visitor().canWrite(hub().id());
  }
}
