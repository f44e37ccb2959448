package org.ruralaccess;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package rules of DESIGN.md as failing tests. Data flows one way: ingest -> network -> routing
 * -> analysis -> app -> faces, with scenario editing copies of networks and export writing files;
 * model and support are used by all. Each package has an allow-list of the engine packages it may
 * use (a more specific entry overrides its parent's); the third-party libraries stay in their
 * rooms; there are no package cycles; and every package a rule names exists.
 */
class ArchitectureTest {

  private static final String ENGINE = "org.ruralaccess.";

  /** Package -> the engine packages it may use (itself included where it may). */
  static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

  static {
    ALLOWED.put("model", List.of("model"));
    ALLOWED.put("support", List.of("support", "model"));
    // the router sees flat arrays only: no GTFS, no streets, no formats
    ALLOWED.put("routing", List.of("routing", "model"));
    // readers of published formats produce model types
    ALLOWED.put("ingest", List.of("ingest", "model", "support"));
    // one exception: the OSM reader writes straight into the street store's builder, because a
    // second copy of a county's street graph would double the build's peak memory for nothing
    ALLOWED.put("ingest.osm", List.of("ingest", "model", "support", "network.street"));
    // only the build reads sources
    ALLOWED.put("network", List.of("network", "routing", "model", "support"));
    ALLOWED.put("network.build", List.of("network", "routing", "model", "support", "ingest"));
    // scenarios edit copies of networks; a scenario may carry a community transport scheme in the
    // planner format, read by that format's one reader
    ALLOWED.put("scenario", List.of("scenario", "network", "model", "support", "ingest.community"));
    ALLOWED.put(
        "analysis", List.of("analysis", "network", "routing", "scenario", "model", "support"));
    ALLOWED.put("export", List.of("export", "analysis", "network", "scenario", "model", "support"));
    // the operations every face calls; they name input files, so they may read them
    ALLOWED.put(
        "app",
        List.of("app", "analysis", "network", "scenario", "export", "ingest", "model", "support"));
    // the command line parses flags and calls the operations; rae fetch alone reaches a reader
    // directly: it downloads and clips sources, nothing more; rae serve starts the server face
    ALLOWED.put("cli", List.of("cli", "app", "model", "support", "ingest.fetch", "server"));
    // the HTTP face: parses requests, calls the operations, answers; rae serve starts it from cli
    ALLOWED.put("server", List.of("server", "app", "model", "support"));
  }

  /** Third-party library -> the packages it may be used in. */
  static final Map<String, List<String>> LIBRARY_ROOMS =
      Map.of(
          "org.onebusaway..", List.of("ingest.gtfs", "ingest.community"),
          "com.graphhopper..", List.of("ingest.osm"),
          "picocli..", List.of("cli"),
          "org.sqlite..", List.of("export"),
          "java.sql..", List.of("export"),
          "io.javalin..", List.of("server"),
          "org.eclipse.jetty..", List.of("server"),
          "jakarta.servlet..", List.of("server"),
          // one way to read a CSV file, with one set of messages
          "de.siegmar.fastcsv..", List.of("support"));

  private static JavaClasses engine;

  @BeforeAll
  static void importEngine() {
    engine =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ruralaccess");
  }

  static Stream<String> packagesWithRules() {
    return ALLOWED.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("packagesWithRules")
  void usesOnlyTheEnginePackagesItIsAllowed(String pkg) {
    // the most specific entry decides: classes of a sub-package with its own entry are left to it
    String[] ownedElsewhere =
        ALLOWED.keySet().stream()
            .filter(other -> other.startsWith(pkg + "."))
            .map(other -> ENGINE + other + "..")
            .toArray(String[]::new);
    classes()
        .that()
        .resideInAPackage(ENGINE + pkg + "..")
        .and()
        .resideOutsideOfPackages(ownedElsewhere)
        .should()
        .onlyDependOnClassesThat(outsideTheEngineOrIn(ALLOWED.get(pkg)))
        .allowEmptyShould(false)
        .check(engine);
  }

  @Test
  void theRouterUsesNothingButTheJdkAndTheModel() {
    classes()
        .that()
        .resideInAPackage(ENGINE + "routing..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", ENGINE + "routing..", ENGINE + "model..")
        .check(engine);
  }

  @Test
  void thirdPartyLibrariesStayInTheirRooms() {
    LIBRARY_ROOMS.forEach(
        (library, rooms) ->
            noClasses()
                .that()
                .resideOutsideOfPackages(
                    rooms.stream().map(room -> ENGINE + room + "..").toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(library)
                .check(engine));
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("org.ruralaccess.(**)").should().beFreeOfCycles().check(engine);
  }

  @Test
  void everyTopLevelPackageHasRules() {
    Set<String> topLevel = new TreeSet<>();
    engine.forEach(
        c -> {
          String rest = c.getPackageName().substring(ENGINE.length() - 1);
          if (rest.startsWith(".")) {
            topLevel.add(rest.substring(1).split("\\.")[0]);
          }
        });
    for (String pkg : topLevel) {
      assertTrue(ALLOWED.containsKey(pkg), "package " + pkg + " has no allow-list");
    }
  }

  @Test
  void everyPackageARuleNamesExists() {
    Set<String> named = new TreeSet<>(ALLOWED.keySet());
    ALLOWED.values().forEach(named::addAll);
    LIBRARY_ROOMS.values().forEach(named::addAll);
    Set<String> existing = new TreeSet<>();
    engine.forEach(c -> existing.add(c.getPackageName()));
    for (String pkg : named) {
      String full = ENGINE + pkg;
      assertTrue(
          existing.stream().anyMatch(p -> p.equals(full) || p.startsWith(full + ".")),
          "a rule names " + full + ", which does not exist");
    }
  }

  private static DescribedPredicate<JavaClass> outsideTheEngineOrIn(List<String> allowed) {
    return DescribedPredicate.describe(
        "outside the engine or in " + allowed,
        (JavaClass c) -> {
          String name = c.getPackageName();
          if (!name.startsWith(ENGINE.substring(0, ENGINE.length() - 1))) {
            return true;
          }
          for (String pkg : allowed) {
            String prefix = ENGINE + pkg;
            if (name.equals(prefix) || name.startsWith(prefix + ".")) {
              return true;
            }
          }
          return false;
        });
  }
}
