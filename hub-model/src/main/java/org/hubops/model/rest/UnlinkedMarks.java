package org.hubops.model.rest;

/**
 * How many of a session's people are internally displaced, have a disability, or are veterans, when
 * nobody said which of them: the attendance grid asks for these as three numbers for the whole
 * session. They count in a session's totals but belong to no attendee, so no report can say the
 * veteran was a woman aged 50–59 when nobody said so. Marks given person by person are the {@link
 * Attendee}'s own flags instead.
 *
 * @param idp internally displaced people, not linked to any attendee
 * @param disability people with a disability, not linked to any attendee
 * @param veteran veterans, not linked to any attendee
 */
public record UnlinkedMarks(int idp, int disability, int veteran) {

  /** No unlinked marks: every mark of the session, if any, is an attendee's own. */
  public static final UnlinkedMarks NONE = new UnlinkedMarks(0, 0, 0);

  /** Whether there is no unlinked mark at all. */
  public boolean none() {
    return idp == 0 && disability == 0 && veteran == 0;
  }
}
