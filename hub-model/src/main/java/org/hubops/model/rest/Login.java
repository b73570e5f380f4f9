package org.hubops.model.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A username and password, sent to {@code POST /login} to start a session in the browser.
 *
 * @param remember true on the owner's own device: the login then outlives the browser and idleness;
 *     otherwise it ends with the browser or after the idle timeout
 */
public record Login(String username, String password, Boolean remember) {

  public Login(String username, String password) {
    this(username, password, null);
  }

  @JsonIgnore // not a field of its own: what {@code remember} says
  public boolean isRemembered() {
    return Boolean.TRUE.equals(remember);
  }

  /** Never prints the password. */
  @Override
  public String toString() {
    return "Login[username=" + username + ", remember=" + isRemembered() + "]";
  }
}
