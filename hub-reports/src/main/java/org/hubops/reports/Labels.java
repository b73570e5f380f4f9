package org.hubops.reports;

import org.hubops.model.Labelled;

/** Words in one language: what a column's header needs, whether it heads a sheet or a CSV file. */
interface Labels {

  String label(Labelled labelled);
}
