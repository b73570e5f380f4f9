package org.hubops.api.platform;

import ch.qos.logback.access.jetty.RequestLogImpl;
import io.dropwizard.core.setup.Environment;

/**
 * Keeps the access log from printing logback's start-up status on the console. It prints all of it
 * whenever it is not told to be quiet, and Dropwizard never tells it: in the shaded jar that
 * includes two warnings that the versions of logback-access cannot be read (the jar's manifest is
 * our own), which say nothing about the service. The log's own lines are unaffected.
 */
public final class QuietRequestLog {

  private QuietRequestLog() {}

  public static void install(Environment environment) {
    ServerStart.then(
        environment,
        server -> {
          if (server.getRequestLog() instanceof RequestLogImpl log) {
            log.setQuiet(true);
          }
        });
  }
}
