package org.hubops.api.imports;

import java.util.List;
import org.hubops.api.web.PageView;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebText;
import org.hubops.model.Labelled;
import org.hubops.model.imports.EquipmentColumn;
import org.hubops.model.imports.HubColumn;
import org.hubops.model.imports.SheetColumn;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.ImportResult;
import org.hubops.model.rest.Problem.FieldError;

/**
 * An import page: the template or the columns a file needs, the upload form, and after an upload
 * either what was (or would be) stored or every problem of the file by cell.
 */
public final class ImportView extends PageView {

  /** Entries listed after an upload; the counts above the table cover all of them. */
  static final int LISTED = 200;

  /** One record of the file and what happened to it. */
  /**
   * One record of the file.
   *
   * @param changes for an update, each field it changes ({@code title: Дія → Дія: е-послуги})
   */
  public record Line(int row, String ref, String status, String href, List<String> changes) {}

  /** One problem of the file, at the cell a person finds it in Excel. */
  public record ProblemLine(
      String sheet, String row, String column, String header, String message) {}

  /** What the upload did: counts, and the first {@link #LISTED} records. */
  public record Outcome(
      boolean dryRun, int created, int updated, int unchanged, List<Line> lines, int more) {}

  private final Imports.Kind kind;
  private final Hub hub;
  private final boolean dryRunTicked;
  private final Outcome outcome;
  private final String problemsSummary;
  private final List<ProblemLine> problems;

  private ImportView(
      Visitor visitor,
      Imports.Kind kind,
      Hub hub,
      boolean dryRunTicked,
      Outcome outcome,
      String problemsSummary,
      List<ProblemLine> problems) {
    super("import.ftlh", visitor, visitor.text().get("import.title." + kind.name()));
    this.kind = kind;
    this.hub = hub;
    this.dryRunTicked = dryRunTicked;
    this.outcome = outcome;
    this.problemsSummary = problemsSummary;
    this.problems = problems;
  }

  /** The page before an upload. */
  static ImportView empty(Visitor visitor, Imports.Kind kind, Hub hub) {
    return new ImportView(visitor, kind, hub, false, null, "", List.of());
  }

  /** The page after an upload that went through (or, as a dry run, would have). */
  static ImportView done(Visitor visitor, Imports.Kind kind, Hub hub, ImportResult result) {
    WebText text = visitor.text();
    List<ImportResult.Entry> entries =
        switch (kind) {
          case SESSIONS -> result.sessions();
          case EQUIPMENT -> result.equipment();
          case HUBS -> result.hubs();
        };
    List<Line> lines =
        entries.stream()
            .limit(LISTED)
            .map(
                e ->
                    new Line(
                        e.row(),
                        e.ref() == null ? "" : e.ref(),
                        text.get("import.status." + e.status().name()),
                        result.dryRun() ? "" : href(kind, hub, e),
                        changes(e, text)))
            .toList();
    Outcome outcome =
        new Outcome(
            result.dryRun(),
            result.created(),
            result.updated(),
            result.unchanged(),
            lines,
            Math.max(0, entries.size() - LISTED));
    return new ImportView(visitor, kind, hub, result.dryRun(), outcome, "", List.of());
  }

  /** The page after an upload that was refused: nothing stored, every problem listed. */
  static ImportView refused(
      Visitor visitor,
      Imports.Kind kind,
      Hub hub,
      boolean dryRun,
      String summary,
      List<FieldError> errors) {
    List<ProblemLine> lines =
        errors.stream()
            .map(
                e ->
                    new ProblemLine(
                        e.sheet() == null ? "" : e.sheet(),
                        e.row() == null ? "" : e.row().toString(),
                        e.column() == null ? "" : e.column(),
                        e.header() == null ? "" : e.header(),
                        e.message()))
            .toList();
    return new ImportView(visitor, kind, hub, dryRun, null, summary, lines);
  }

  /** What an update changes, as the CLI prints it: the API's field name, old → new. */
  private static List<String> changes(ImportResult.Entry entry, WebText text) {
    String empty = text.get("import.changeEmpty");
    return entry.changes().stream()
        .map(
            c ->
                c.field()
                    + ": "
                    + (c.from() == null ? empty : c.from())
                    + " → "
                    + (c.to() == null ? empty : c.to()))
        .toList();
  }

  private static String href(Imports.Kind kind, Hub hub, ImportResult.Entry entry) {
    return switch (kind) {
      case SESSIONS -> Paths.session(hub.id(), entry.id());
      case EQUIPMENT -> Paths.equipmentItem(hub.id(), entry.id());
      case HUBS -> Paths.hub(entry.id());
    };
  }

  /** What the file calls a record: Ref, inventory number, hub code. */
  public String getRefHeader() {
    return getT().get("import.ref." + kind.name());
  }

  public String getFileHint() {
    return getT().get("import.fileHint." + kind.name());
  }

  public String getKind() {
    return kind.name();
  }

  /** Null on the hub register's page. */
  public Hub getHub() {
    return hub;
  }

  public String getAction() {
    return Paths.imports(kind, hub == null ? null : hub.id());
  }

  public String getBackHref() {
    return switch (kind) {
      case SESSIONS -> Paths.hub(hub.id());
      case EQUIPMENT -> Paths.equipment(hub.id());
      case HUBS -> Paths.HUBS;
    };
  }

  public String getBackLabel() {
    return switch (kind) {
      case SESSIONS -> hub.name();
      case EQUIPMENT -> getT().get("equipment.title") + " · " + hub.name();
      case HUBS -> getT().get("hubs.title");
    };
  }

  /** The session template in the page's language; lists have no template, only columns. */
  public String getTemplate() {
    return kind == Imports.Kind.SESSIONS
        ? Paths.hubTemplate(hub.id()) + "?lang=" + visitor().language().tag()
        : "";
  }

  /** A list's template (its columns explained), in the page's language; none for sessions. */
  public String getListTemplate() {
    String lang = "?lang=" + visitor().language().tag();
    return switch (kind) {
      case SESSIONS -> "";
      case EQUIPMENT -> Paths.equipmentTemplate(hub.id()) + lang;
      case HUBS -> Paths.HUB_REGISTER_TEMPLATE + lang;
    };
  }

  /** The headers a list file needs (required ones marked), in the page's language. */
  public List<String> getColumns() {
    SheetColumn[] columns =
        switch (kind) {
          case SESSIONS -> new SheetColumn[0];
          case EQUIPMENT -> EquipmentColumn.values();
          case HUBS -> HubColumn.values();
        };
    return java.util.Arrays.stream(columns)
        .map(c -> label(c) + (c.required() ? " *" : ""))
        .toList();
  }

  private String label(Labelled column) {
    return getT().label(column);
  }

  public boolean isDryRunTicked() {
    return dryRunTicked;
  }

  /** Null before an upload and after a refused one. */
  public Outcome getOutcome() {
    return outcome;
  }

  public String getProblemsSummary() {
    return problemsSummary;
  }

  public List<ProblemLine> getProblems() {
    return problems;
  }
}
