package org.hubops.api.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.QueryParams;
import org.hubops.api.platform.Violations;
import org.hubops.model.rest.Page;

/**
 * The previous and next links of a paged list, keeping the list's filters. A page number that is no
 * number, or past the end, shows the first page or an empty one rather than an error: it came from
 * a link.
 */
public record Paging(String previous, String next, long number, long count) {

  static final int SIZE = 25;

  public static PageRequest request(String page, WebText text) {
    Violations ignored = new Violations(text.messages());
    return new PageRequest(QueryParams.integer("page", page, 0, 0, 100_000, ignored), SIZE);
  }

  /**
   * @param here the list's address as requested, path and raw query
   */
  public static Paging of(Page<?> page, String here) {
    long count = Math.max(1, (page.total() + page.size() - 1) / page.size());
    int mark = here.indexOf('?');
    String path = mark < 0 ? here : here.substring(0, mark);
    String query = mark < 0 ? null : here.substring(mark + 1);
    // The query as it came, without its page number: its filters stay encoded as they were sent.
    String filters =
        query == null
            ? ""
            : Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty() && !part.startsWith("page="))
                .collect(Collectors.joining("&"));
    String base = path + "?" + (filters.isEmpty() ? "" : filters + "&") + "page=";
    String previous = page.page() > 0 ? base + (page.page() - 1) : "";
    String next = page.page() + 1 < count ? base + (page.page() + 1) : "";
    return new Paging(previous, next, page.page() + 1L, count);
  }
}
