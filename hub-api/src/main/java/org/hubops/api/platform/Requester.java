package org.hubops.api.platform;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Who makes a request and in which language it is answered, taken by a route as one
 * {@code @BeanParam} instead of the security context and the headers it would read them from. Both
 * are read only when asked for, so a route that fails earlier fails as before.
 */
// The API description reads a bean's parameters from the properties Jackson sees, its fields here;
// with none it would take the bean for the request's body.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public final class Requester {

  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  /** The username behind the request, as {@link Actor#of(SecurityContext)}. */
  public String actor() {
    return Actor.of(security);
  }

  /** The request's messages, in the language its {@code Accept-Language} asks for. */
  public Messages messages() {
    return Messages.in(RequestLanguage.of(headers));
  }

  /** A fresh collection of the request's input errors, said in its language. */
  public Violations violations() {
    return new Violations(messages());
  }

  public SecurityContext security() {
    return security;
  }

  public HttpHeaders headers() {
    return headers;
  }
}
