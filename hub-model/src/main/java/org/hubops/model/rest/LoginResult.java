package org.hubops.model.rest;

/**
 * The answer to a successful login; the session itself travels in an HttpOnly cookie.
 *
 * @param csrfToken send it as {@code X-CSRF-Token} (or the form field {@code csrf}) with every
 *     change made through the session
 */
public record LoginResult(Me account, String csrfToken) {

  /** Never prints the CSRF token. */
  @Override
  public String toString() {
    return "LoginResult[account=" + account + "]";
  }
}
