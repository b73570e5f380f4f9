package org.hubops.api.cycle;

import org.hubops.api.platform.ProblemException;

/**
 * 409: a write into a locked quarter. Its detail names the quarter, who locked it and when, in the
 * caller's language, so pages can show it as it is.
 */
public final class QuarterLockedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  QuarterLockedException(String title, String detail) {
    super(409, title, detail);
  }
}
