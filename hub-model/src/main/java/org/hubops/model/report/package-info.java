/**
 * Report datasets: what the service's SQL aggregation produces, what it sends as JSON to the CLI,
 * and what the workbook writers in {@code hub-reports} consume.
 *
 * <p>Everything here is an aggregate or a short list, so a national quarter (6,000 hubs, 300,000
 * sessions, 3 million attendee rows) fits in memory. The one long list, the session detail, is not
 * part of any dataset: it is handed to the writers as an {@code Iterator<SessionLine>} so it can
 * stream from a database cursor or a JSON array. Nothing here carries personal data: no names, no
 * phone numbers, no participant ids, no trainers.
 */
package org.hubops.model.report;
