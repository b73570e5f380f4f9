package org.hubops.api.platform;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=&size=} read from their raw text, so that {@code size=abc} is a clear 422 naming
 * {@code size} rather than Jersey's bare 404.
 *
 * @param page zero-based
 * @param size 1 to {@link #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 500;
  public static final int DEFAULT_SIZE = 50;

  public static PageRequest of(String page, String size, Violations violations) {
    int pageNumber =
        QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, violations);
    int pageSize = QueryParams.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE, violations);
    return new PageRequest(pageNumber, pageSize);
  }

  /** {@code ?page=&size=} of a list route, taken as one {@code BeanParam} and read when asked. */
  // The API description reads a bean's parameters from the properties Jackson sees: its fields.
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
  public static final class Query {

    @QueryParam("page")
    private String page;

    @QueryParam("size")
    private String size;

    public PageRequest read(Violations violations) {
      return of(page, size, violations);
    }
  }

  public int offset() {
    return page * size;
  }
}
