package org.hubops.api.platform;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * The URI templates of the routes marked {@link UploadEndpoint}, read from Jersey's resource model
 * once it is built, so that {@link RequestSizeFilter} (which runs before Jersey has matched a
 * route) can tell an upload from any other request by its path alone.
 */
final class UploadRoutes implements ApplicationEventListener {

  private volatile List<UriTemplate> templates = List.of();

  @Override
  public void onEvent(ApplicationEvent event) {
    if (event.getType() == ApplicationEvent.Type.INITIALIZATION_APP_FINISHED) {
      List<UriTemplate> found = new ArrayList<>();
      for (Resource resource : event.getResourceModel().getResources()) {
        collect(resource, "", found);
      }
      templates = List.copyOf(found);
    }
  }

  @Override
  public RequestEventListener onRequest(RequestEvent requestEvent) {
    return null;
  }

  /** Whether {@code path} (as sent, without query) is an upload route. */
  boolean matches(String path) {
    for (UriTemplate template : templates) {
      if (template.match(path, new ArrayList<>())) {
        return true;
      }
    }
    return false;
  }

  List<String> templates() {
    return templates.stream().map(UriTemplate::getTemplate).toList();
  }

  private static void collect(Resource resource, String prefix, List<UriTemplate> found) {
    String path = join(prefix, resource.getPath());
    for (ResourceMethod method : resource.getResourceMethods()) {
      Method handling = method.getInvocable().getDefinitionMethod();
      Class<?> handler = method.getInvocable().getHandler().getHandlerClass();
      if (handling.isAnnotationPresent(UploadEndpoint.class)
          || handling.getDeclaringClass().isAnnotationPresent(UploadEndpoint.class)
          || handler.isAnnotationPresent(UploadEndpoint.class)) {
        found.add(new UriTemplate(path));
      }
    }
    for (Resource child : resource.getChildResources()) {
      collect(child, path, found);
    }
  }

  private static String join(String prefix, String path) {
    String joined = "/" + prefix + "/" + (path == null ? "" : path);
    joined = joined.replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }
}
