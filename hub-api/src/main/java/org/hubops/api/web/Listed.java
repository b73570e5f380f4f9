package org.hubops.api.web;

import java.util.List;
import java.util.function.Function;
import org.hubops.model.rest.Page;

/**
 * One page of a list as a page shows it: its rows, the links to the pages beside it, and how many
 * there are in all. Templates read {@code found.rows}, {@code found.total} and {@code
 * found.paging}.
 */
public final class Listed<R> {

  private final List<R> rows;
  private final Paging paging;
  private final long total;

  private Listed(List<R> rows, Paging paging, long total) {
    this.rows = rows;
    this.paging = paging;
    this.total = total;
  }

  /**
   * @param row what the page shows of one item
   * @param here the list's address as requested, path and raw query
   */
  public static <T, R> Listed<R> of(Page<T> page, Function<? super T, R> row, String here) {
    return new Listed<>(
        page.items().stream().map(row).toList(), Paging.of(page, here), page.total());
  }

  public List<R> getRows() {
    return rows;
  }

  public Paging getPaging() {
    return paging;
  }

  public long getTotal() {
    return total;
  }
}
