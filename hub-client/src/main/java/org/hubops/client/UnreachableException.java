package org.hubops.client;

import java.net.URI;

/** No connection to the service at all: nothing was sent, so trying again is safe. */
public final class UnreachableException extends HubClientException {

  private static final long serialVersionUID = 1L;

  private final URI base;

  UnreachableException(URI base, Throwable cause) {
    super("Cannot reach the HubOps service at " + base + " (" + cause + ")", cause);
    this.base = base;
  }

  /** The address that could not be reached. */
  public URI base() {
    return base;
  }
}
