package org.hubops.model.rest;

/** A username and password, sent to {@code POST /login} to start a session in the browser. */
public record Login(String username, String password) {

  /** Never prints the password. */
  @Override
  public String toString() {
    return "Login[username=" + username + "]";
  }
}
