package org.hubops.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.hubops.model.Language;
import org.hubops.model.report.EquipmentDataset;

/**
 * The equipment workbook, for all hubs or one oblast: counts by category and status, the same per
 * hub, and the items broken or under repair.
 */
public final class EquipmentWorkbook {

  private final Language language;

  /** Labels in {@code language}. */
  public EquipmentWorkbook(Language language) {
    this.language = language;
  }

  /** Writes the workbook; {@code out} is not closed. */
  public void write(EquipmentDataset dataset, OutputStream out) throws IOException {
    try (ReportBook book = new ReportBook(language, QuarterlyWorkbook.EXCEL_MAX_ROWS)) {
      OblastNames oblasts = new OblastNames(dataset.oblasts(), language);
      String scope =
          dataset.oblastCode() == null
              ? book.label(Text.ALL_UKRAINE)
              : oblasts.name(dataset.oblastCode());
      String title = book.label(Text.TITLE_EQUIPMENT);
      EquipmentSheets.byCategory(
          book,
          dataset.counts(),
          List.of(title, scope + " · " + book.label(Text.DATA_AS_OF) + " " + dataset.asOf()));
      EquipmentSheets.perHub(book, dataset.counts(), oblasts);
      EquipmentSheets.items(
          book, book.label(Text.SHEET_NEEDS_ATTENTION), dataset.needingAttention(), oblasts);
      book.write(out, title + ", " + scope + ", " + dataset.asOf());
    }
  }
}
