package org.hubops.api.operations;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;

/**
 * The admin port (health checks, metrics, thread dumps, tasks) has no authentication, so it listens
 * on the loopback address only unless the configuration names another ({@code bindHost}, in the
 * shipped configurations {@code ${HUBOPS_ADMIN_BIND:-127.0.0.1}}). Dropwizard's {@code log-level}
 * task is refused: it could turn any logger to DEBUG from the network; levels are set in the
 * configuration and read at start-up.
 */
public final class AdminPort {

  /** Where the admin connector listens when the configuration does not say. */
  public static final String DEFAULT_BIND = "127.0.0.1";

  /** The tasks Dropwizard registers that the service refuses. */
  static final String LOG_LEVEL_TASK = "/tasks/log-level";

  private AdminPort() {}

  /** Binds admin connectors without a {@code bindHost} to loopback; refuses the log-level task. */
  public static void secure(ServerFactory server, Environment environment) {
    if (server instanceof DefaultServerFactory factory) {
      for (ConnectorFactory connector : factory.getAdminConnectors()) {
        if (connector instanceof HttpConnectorFactory http
            && (http.getBindHost() == null || http.getBindHost().isBlank())) {
          http.setBindHost(DEFAULT_BIND);
        }
      }
    }
    Filter refuse =
        (request, response, chain) ->
            ((HttpServletResponse) response)
                .sendError(HttpServletResponse.SC_NOT_FOUND, "This task is not offered");
    environment
        .admin()
        .addFilter("refuse-log-level", refuse)
        .addMappingForUrlPatterns(
            EnumSet.allOf(DispatcherType.class), true, LOG_LEVEL_TASK, LOG_LEVEL_TASK + "/*");
  }
}
