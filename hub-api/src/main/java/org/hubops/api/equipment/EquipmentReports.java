package org.hubops.api.equipment;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hubops.api.reference.ReferenceDao;
import org.hubops.model.Kyiv;
import org.hubops.model.Language;
import org.hubops.model.report.EquipmentDataset;
import org.hubops.model.rest.Oblast;
import org.hubops.reports.EquipmentWorkbook;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/** The equipment report as JSON or as a workbook, read in one repeatable-read transaction. */
public record EquipmentReports(Jdbi jdbi, Clock clock, EquipmentFigures figures) {

  LocalDate today() {
    return Kyiv.today(clock);
  }

  EquipmentDataset dataset(EquipmentScope scope) {
    return jdbi.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ, handle -> dataset(handle, scope));
  }

  void write(EquipmentScope scope, Language language, OutputStream out) throws IOException {
    new EquipmentWorkbook(language).write(dataset(scope), out);
  }

  private EquipmentDataset dataset(Handle handle, EquipmentScope scope) {
    List<Oblast> oblasts =
        handle.attach(ReferenceDao.class).oblasts().stream()
            .filter(o -> scope.oblast() == null || o.code().equals(scope.oblast()))
            .toList();
    return figures.dataset(handle, scope, today(), oblasts);
  }
}
