package org.hubops.api.platform;

import io.dropwizard.core.setup.Environment;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * The Jetty server is built by Dropwizard after the application's {@code run()}; what must be set
 * on the server itself is set as it starts.
 */
final class ServerStart {

  private ServerStart() {}

  /** Runs {@code setUp} on the server when it starts, before it takes requests. */
  static void then(Environment environment, Consumer<Server> setUp) {
    environment
        .lifecycle()
        .addEventListener(
            new LifeCycle.Listener() {
              @Override
              public void lifeCycleStarting(LifeCycle event) {
                if (event instanceof Server server) {
                  setUp.accept(server);
                }
              }
            });
  }
}
