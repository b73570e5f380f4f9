package org.hubops.model.rest;

import java.util.List;

/**
 * One page of a list.
 *
 * @param page zero-based page number
 * @param size the page size asked for (at most 500)
 * @param total how many items the whole list has
 */
public record Page<T>(List<T> items, int page, int size, long total) {}
