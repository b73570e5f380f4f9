package org.hubops.api.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hubops.api.platform.Database;
import org.hubops.api.platform.Messages;
import org.hubops.api.reports.FigureRollup;
import org.hubops.api.sessions.SessionChanges;
import org.hubops.api.sessions.SessionService;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.ImportResult;
import org.hubops.model.rest.Problem.FieldError;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports a hub's sessions from the template workbook or the CSV pair: reads every row as it
 * streams from the file, checks every session, and stores them all in one transaction, or none when
 * anything is wrong. A row imported before is found by its id and left alone, or updated if the
 * file changed it (each update listed with what it changes), unless the session was edited since an
 * import wrote it.
 *
 * <p>The rows are kept compactly ({@link SessionFile}); sessions are made whole, checked and
 * written a chunk at a time, so what the service holds at once does not grow with the file. A chunk
 * is written only while no problem has been found, and every chunk is still checked after one is,
 * so that the answer lists every problem; a problem anywhere, even in the last row, rolls the
 * transaction back and nothing is kept.
 */
public record SessionImporter(Jdbi jdbi, SessionService sessions, int chunk) {

  ImportResult run(Hub hub, Upload upload, ImportRequest request) {
    boolean dryRun = request.dryRun();
    String actor = request.actor();
    Messages messages = request.messages();
    try (ImportFiles.Tables tables =
        ImportFiles.sessionTables(upload, new FileProblems(messages))) {
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
  }

  private ImportResult attempt(
      Handle handle,
      Hub hub,
      ImportFiles.Tables tables,
      boolean dryRun,
      String actor,
      Messages messages) {
    FileProblems problems = new FileProblems(messages);
    HubLookups lookups = HubLookups.read(handle, hub);
    SessionFile file = SessionFile.read(tables, hub, lookups, problems);
    List<ImportResult.Entry> entries = new ArrayList<>(file.size());
    // A chunk's check cannot see an id repeated from an earlier chunk, already written.
    Set<UUID> ids = new HashSet<>();
    FigureRollup.Pending rollup = new FigureRollup.Pending();
    for (int from = 0; from < file.size(); from += chunk) {
      List<SessionFile.Line> lines = file.lines(from, Math.min(file.size(), from + chunk));
      for (SessionFile.Line line : lines) {
        UUID id = line.session().id();
        if (!ids.add(id)) {
          file.report(
              line, List.of(new FieldError("id", messages.get("validation.duplicate", id))));
        }
      }
      SessionService.Plan plan =
          sessions.planImport(
              handle, hub, lines.stream().map(SessionFile.Line::session).toList(), messages);
      plan.problems().forEach((i, errors) -> file.report(lines.get(i), errors));
      for (int i = 0; i < lines.size(); i++) {
        entries.add(entry(lines.get(i), plan, i, file, lookups));
      }
      if (!dryRun && !problems.any()) {
        sessions.writeImport(handle, plan, actor, rollup);
      }
    }
    problems.throwIfAny();
    if (!dryRun) {
      rollup.recount(handle);
    }
    return ImportResult.ofSessions(dryRun, entries);
  }

  private static ImportResult.Entry entry(
      SessionFile.Line line,
      SessionService.Plan plan,
      int index,
      SessionFile file,
      HubLookups lookups) {
    SessionService.Outcome outcome = plan.outcomes().get(index);
    if (line.idGiven() && outcome == SessionService.Outcome.CREATED) {
      file.reportUnknownId(line);
    }
    // An update says what it changes, so a corrected journal replaces nothing unseen.
    List<ImportResult.Change> changes =
        outcome == SessionService.Outcome.UPDATED
            ? SessionChanges.between(
                plan.stored().get(line.session().id()), plan.sessions().get(index), lookups)
            : List.of();
    return new ImportResult.Entry(
        line.ref(),
        line.session().id(),
        ImportResult.Status.valueOf(outcome.name()),
        line.row(),
        changes);
  }
}
