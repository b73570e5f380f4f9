package org.hubops.api.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hubops.api.platform.Database;
import org.hubops.api.platform.Messages;
import org.hubops.api.sessions.SessionBulk;
import org.hubops.api.sessions.SessionChanges;
import org.hubops.model.imports.ImportSheet;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.ImportResult;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports a hub's sessions from the template workbook or the CSV pair: reads every row, checks
 * every session, and only when nothing is wrong stores them all in one transaction. A row imported
 * before is found by its id and left alone, or updated if the file changed it (each update listed
 * with what it changes), unless the session was edited since an import wrote it.
 */
final class SessionImporter {

  private final Jdbi jdbi;
  private final SessionBulk bulk;

  SessionImporter(Jdbi jdbi, SessionBulk bulk) {
    this.jdbi = jdbi;
    this.bulk = bulk;
  }

  ImportResult run(Hub hub, Upload upload, ImportRequest request) {
    boolean dryRun = request.dryRun();
    String actor = request.actor();
    Messages messages = request.messages();
    Map<ImportSheet, SheetTable> tables =
        ImportFiles.sessionTables(upload, new FileProblems(messages));
    try {
      return jdbi.inTransaction(h -> attempt(h, hub, tables, dryRun, actor, messages));
    } catch (RuntimeException e) {
      if (!Database.isUniqueViolation(e)) {
        throw e;
      }
      // The same file was imported at the same moment and the other import won: this one now
      // finds its sessions stored and answers as a repeat.
      return jdbi.inTransaction(h -> attempt(h, hub, tables, dryRun, actor, messages));
    }
  }

  private ImportResult attempt(
      Handle handle,
      Hub hub,
      Map<ImportSheet, SheetTable> tables,
      boolean dryRun,
      String actor,
      Messages messages) {
    FileProblems problems = new FileProblems(messages);
    HubLookups lookups = HubLookups.read(handle, hub);
    SessionFile file = SessionFile.read(tables, hub, lookups, problems);
    List<SessionFile.Line> lines = file.lines();
    SessionBulk.Plan plan =
        bulk.plan(handle, hub, lines.stream().map(SessionFile.Line::session).toList(), messages);
    plan.problems().forEach(file::report);
    List<ImportResult.Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      SessionFile.Line line = lines.get(i);
      SessionBulk.Outcome outcome = plan.outcomes().get(i);
      if (line.idGiven() && outcome == SessionBulk.Outcome.CREATED) {
        file.reportUnknownId(i);
      }
      // An update says what it changes, so a corrected journal replaces nothing unseen.
      List<ImportResult.Change> changes =
          outcome == SessionBulk.Outcome.UPDATED
              ? SessionChanges.between(
                  plan.stored().get(line.session().id()), plan.sessions().get(i), lookups)
              : List.of();
      entries.add(
          new ImportResult.Entry(
              line.ref(),
              line.session().id(),
              ImportResult.Status.valueOf(outcome.name()),
              line.row().number(),
              changes));
    }
    problems.throwIfAny();
    if (!dryRun) {
      bulk.write(handle, plan, actor);
    }
    return ImportResult.ofSessions(dryRun, entries);
  }
}
