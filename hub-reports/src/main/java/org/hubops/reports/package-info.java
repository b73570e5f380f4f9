/**
 * Workbooks made from report datasets: {@link org.hubops.reports.QuarterlyWorkbook}, {@link
 * org.hubops.reports.HubWorkbook} and {@link org.hubops.reports.EquipmentWorkbook}. Each writes to
 * an {@link java.io.OutputStream}; long sheets stream through POI's {@code SXSSFWorkbook}, so the
 * session detail never has to be in memory.
 */
package org.hubops.reports;
