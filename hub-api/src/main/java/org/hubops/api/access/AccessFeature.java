package org.hubops.api.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hubops.model.rest.Hub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts an {@link AccessFilter} with its {@link AccessRule} in front of every resource method of the
 * application, including those written later, so no route can be reached without a decision. A
 * route that declares nothing and is not hub data is closed, and named in the log at start-up.
 */
public final class AccessFeature implements DynamicFeature {

  private static final Logger LOG = LoggerFactory.getLogger(AccessFeature.class);

  /** Jersey's own OPTIONS answers: they tell only which methods a path has, like its 405s do. */
  private static final Predicate<Class<?>> JERSEY_OWN =
      type -> type.getName().startsWith("org.glassfish.jersey.");

  private final Authenticator authenticator;
  private final Function<String, Optional<Hub>> hubs;
  private final Throttle throttle;
  private final ClientAddress clientAddress;

  /**
   * A proxy to the current request, injected here because Jersey does not inject into the filters a
   * feature registers. Behind a load balancer, list it in {@code access.trustedProxies} so that the
   * client's address is counted and not the balancer's.
   */
  @Context private HttpServletRequest request;

  /**
   * @param hubs the hub a path names by id or code, if there is one
   */
  public AccessFeature(
      Authenticator authenticator,
      Function<String, Optional<Hub>> hubs,
      Throttle throttle,
      ClientAddress clientAddress) {
    this.authenticator = authenticator;
    this.hubs = hubs;
    this.throttle = throttle;
    this.clientAddress = clientAddress;
  }

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Class<?> resource = resourceInfo.getResourceClass();
    Method method = resourceInfo.getResourceMethod();
    if (resource == null || method == null || JERSEY_OWN.test(resource)) {
      return;
    }
    AccessRule rule = AccessRule.of(resource, method);
    if (!rule.declared()) {
      LOG.warn(
          "{} declares no access rule and is closed to everyone: annotate {}.{}",
          AccessRule.template(resource, method),
          resource.getSimpleName(),
          method.getName());
    }
    context.register(
        new AccessFilter(rule, authenticator, hubs, throttle, this::clientAddress),
        Priorities.AUTHENTICATION);
  }

  private String clientAddress() {
    return request == null ? "unknown" : clientAddress.of(request);
  }
}
