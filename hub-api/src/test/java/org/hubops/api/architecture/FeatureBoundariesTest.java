package org.hubops.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.dropwizard.views.common.View;
import jakarta.ws.rs.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The architecture of DESIGN.md, checked on the compiled service: a package of {@code
 * org.hubops.api} is a feature, and features use the shared kit ({@code platform}, {@code access},
 * {@code web}) freely but one another only through a short, named list of public service APIs. Any
 * other use of a feature's class from outside it (its DAO, its rows, its helpers) is listed below
 * by name as a debt still to pay; a new one fails the test, and so does a listed one that is gone,
 * so the list stays true.
 */
class FeatureBoundariesTest {

  private static final String ROOT = "org.hubops.api";

  private static final JavaClasses SERVICE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  /** What every feature may use. */
  private static final Set<String> KIT = Set.of("platform", "access", "web");

  /** The public service APIs that features offer one another: the only doors between them. */
  private static final Set<String> SERVICE_APIS =
      Set.of(
          "accounts.AccountCredentials",
          "accounts.AccountService",
          "accounts.SignIn",
          "audit.AuditAction",
          "audit.AuditEntity",
          "audit.AuditLog",
          "cycle.CompletenessReport",
          "cycle.QuarterLocks",
          "cycle.QuarterGuard",
          "cycle.QuarterLockedException",
          "cycle.SubmissionService",
          "equipment.EquipmentChecks",
          "equipment.EquipmentFigures",
          "equipment.EquipmentRepairs",
          "equipment.EquipmentScope",
          "equipment.EquipmentService",
          "hubs.HubService",
          "imports.Imports",
          "participants.ParticipantService",
          "places.PlaceService",
          "privacy.AccessLog",
          "privacy.Privacy",
          "privacy.PrivacyConfiguration",
          "reference.ReferenceDao",
          "reports.ActiveHubs",
          "reports.CompletenessSource",
          "reports.Downloads",
          "reports.FigureRollup",
          "reports.Headcounts",
          "reports.ReportParams",
          "reports.ReportScope",
          "reports.ReportService",
          "sessions.SessionChanges",
          "sessions.SessionService");

  /**
   * Internals reached from another feature today, each a debt of issue #13 (one owner of figures,
   * one session writer, features in one folder): pay one, delete its line. All are paid: a feature
   * that needs another's internals asks for a door instead.
   */
  private static final Set<String> INTERNALS_STILL_REACHED = Set.of();

  @Test
  void featuresReachEachOtherOnlyThroughTheirServiceApis() {
    Set<String> internals = new TreeSet<>();
    for (JavaClass origin : SERVICE) {
      String from = feature(origin);
      for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
        JavaClass target = dependency.getTargetClass();
        String to = feature(target);
        if (from == null || to == null || to.equals(from) || KIT.contains(to)) {
          continue;
        }
        String door = to + "." + topLevel(target).getSimpleName();
        if (!SERVICE_APIS.contains(door)) {
          internals.add(from + " -> " + door);
        }
      }
    }

    assertThat(internals)
        .as("uses of another feature's internals (pay the debt, or name a new service API)")
        .containsExactlyInAnyOrderElementsOf(INTERNALS_STILL_REACHED);
  }

  @Test
  void theKitDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + ".platform..", ROOT + ".access..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + ".accounts..",
            ROOT + ".audit..",
            ROOT + ".backup..",
            ROOT + ".cycle..",
            ROOT + ".demo..",
            ROOT + ".equipment..",
            ROOT + ".hubs..",
            ROOT + ".imports..",
            ROOT + ".participants..",
            ROOT + ".places..",
            ROOT + ".reference..",
            ROOT + ".reports..",
            ROOT + ".sessions..",
            ROOT + ".web..")
        .because("platform and access are what every feature stands on")
        .check(SERVICE);
  }

  /**
   * A feature's pages and views live in its own package; {@code web} is the kit they stand on
   * (layout, forms, CSRF), so it serves only the static files and holds only the views' bases and
   * the error page.
   */
  @Test
  void theWebKitHoldsNoFeaturesPages() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".web..")
        .and()
        .doNotHaveFullyQualifiedName(ROOT + ".web.StaticFiles")
        .should()
        .beAnnotatedWith(Path.class)
        .because("each feature's pages sit in the feature's own package")
        .check(SERVICE);
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".web..")
        .and()
        .doNotHaveFullyQualifiedName(ROOT + ".web.PageView")
        .and()
        .doNotHaveFullyQualifiedName(ROOT + ".web.HubPageView")
        .and()
        .doNotHaveFullyQualifiedName(ROOT + ".web.ErrorView")
        .should()
        .beAssignableTo(View.class)
        .because("each feature's views sit in the feature's own package, beside its templates")
        .check(SERVICE);
  }

  @Test
  void theServiceNeverReachesTheCommandLineOrTheClient() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.hubops.cli..", "org.hubops.client..", "org.hubops.bench..")
        .check(SERVICE);
  }

  /** The feature a class belongs to (the package under {@code org.hubops.api}), or null. */
  private static String feature(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(ROOT + ".")) {
      return null;
    }
    String rest = name.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static JavaClass topLevel(JavaClass type) {
    JavaClass outer = type;
    while (outer.getEnclosingClass().isPresent()) {
      outer = outer.getEnclosingClass().get();
    }
    return outer;
  }
}
