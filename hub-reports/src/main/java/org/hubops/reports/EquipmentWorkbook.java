package org.hubops.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.hubops.model.Language;
import org.hubops.model.report.EquipmentDataset;
import org.hubops.model.report.EquipmentUseGroup.Dimension;

/**
 * The equipment workbook, for all hubs, one oblast or one funding source (a donor's equipment
 * annex): counts by category and status, the use of the period by category, every item with its
 * state, audit and use, the overdue checks, the use by hub, oblast and funding source, counts per
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
      List<String> caption = new ArrayList<>();
      caption.add(title);
      caption.add(
          scope
              + (dataset.fundingSource() == null
                  ? ""
                  : " · " + book.label(Text.FUNDING_SOURCE) + ": " + dataset.fundingSource())
              + " · "
              + book.label(Text.DATA_AS_OF)
              + " "
              + dataset.asOf());
      if (dataset.from() != null) {
        caption.add(book.label(Text.PERIOD) + " " + dataset.from() + " – " + dataset.to());
      }
      EquipmentSheets.byCategory(book, dataset.counts(), caption);
      if (dataset.from() != null) {
        use(book, dataset, oblasts);
      }
      EquipmentSheets.perHub(book, dataset.counts(), oblasts);
      EquipmentSheets.items(
          book,
          book.label(Text.SHEET_NEEDS_ATTENTION),
          dataset.needingAttention(),
          oblasts,
          dataset.fundingSource() == null);
      book.write(
          out,
          title
              + ", "
              + scope
              + (dataset.fundingSource() == null ? "" : ", " + dataset.fundingSource())
              + ", "
              + dataset.asOf());
    }
  }

  private static void use(ReportBook book, EquipmentDataset dataset, OblastNames oblasts) {
    EquipmentUseSheets.groups(
        book, Dimension.CATEGORY, dataset.groups(Dimension.CATEGORY), dataset.items(), oblasts);
    boolean everyFunder = dataset.fundingSource() == null;
    EquipmentUseSheets.items(book, dataset.items(), oblasts, everyFunder);
    EquipmentUseSheets.overdue(book, dataset.overdueChecks(), oblasts, everyFunder);
    for (Dimension dimension : List.of(Dimension.HUB, Dimension.OBLAST, Dimension.FUNDING)) {
      if (dimension != Dimension.FUNDING || dataset.fundingSource() == null) {
        EquipmentUseSheets.groups(
            book, dimension, dataset.groups(dimension), dataset.items(), oblasts);
      }
    }
  }
}
