package org.hubops.api.cycle;

import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.PageView;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Quarters;
import org.hubops.api.web.Visitor;
import org.hubops.model.Quarter;
import org.hubops.model.Role;
import org.hubops.model.report.Completeness;
import org.hubops.model.rest.QuarterLock;

/**
 * A quarter's lock page: who has reported, whether it is locked (by whom, when), and the button to
 * lock it, saying what locking does, or for an admin to unlock it.
 */
public final class QuarterView extends PageView {

  private final Quarter quarter;
  private final QuarterLock lock;
  private final Completeness completeness;
  private final boolean ended;

  QuarterView(
      Visitor visitor,
      Quarter quarter,
      QuarterLock lock,
      Completeness completeness,
      boolean ended,
      String notice,
      FormErrors errors) {
    super(
        "quarter.ftlh", visitor, Quarters.name(quarter, visitor.text()), FormData.empty(), errors);
    this.quarter = quarter;
    this.lock = lock;
    this.completeness = completeness;
    this.ended = ended;
    setNotice(notice);
  }

  public boolean isLocked() {
    return lock.locked();
  }

  public String getLockedAt() {
    return when(lock.lockedAt());
  }

  public String getLockedBy() {
    return lock.lockedBy() == null ? "" : lock.lockedBy();
  }

  public boolean isEnded() {
    return ended;
  }

  public boolean isCanUnlock() {
    return visitor().caller().is(Role.ADMIN);
  }

  public Completeness getCompleteness() {
    return completeness;
  }

  public String getLockAction() {
    return Paths.quarter(quarter) + "/lock";
  }

  public String getUnlockAction() {
    return Paths.quarter(quarter) + "/unlock";
  }

  public String getQueue() {
    return Paths.submissions(quarter);
  }

  public String getDashboard() {
    return Paths.dashboard(quarter);
  }

  public String getWorkbook() {
    return Paths.quarterlyWorkbook(quarter, visitor().language());
  }
}
