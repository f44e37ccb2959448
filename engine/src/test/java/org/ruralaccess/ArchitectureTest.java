package org.ruralaccess;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of DESIGN.md as failing tests: data flows one way, ingest -> network -> routing
 * -> analysis -> export / cli / server, and the router knows nothing of GTFS or streets.
 */
class ArchitectureTest {

  private static JavaClasses engine;

  @BeforeAll
  static void importEngine() {
    engine =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ruralaccess");
  }

  @Test
  void modelDependsOnNothingElseInTheEngine() {
    noClasses()
        .that()
        .resideInAPackage("org.ruralaccess.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.ruralaccess.ingest..",
            "org.ruralaccess.network..",
            "org.ruralaccess.routing..",
            "org.ruralaccess.analysis..",
            "org.ruralaccess.scenario..",
            "org.ruralaccess.export..",
            "org.ruralaccess.cli..",
            "org.ruralaccess.server..")
        .check(engine);
  }

  /**
   * The router sees flat arrays only: no GTFS, no streets, no formats, nothing of the engine but
   * the model.
   */
  @Test
  void routingDependsOnlyOnTheJdkAndTheModel() {
    noClasses()
        .that()
        .resideInAPackage("org.ruralaccess.routing..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "org.ruralaccess.routing..", "org.ruralaccess.model..")
        .check(engine);
  }

  /**
   * Readers produce source models. One exception: the OSM reader writes straight into the street
   * column store's builder, because a second copy of a county's street graph would double the
   * build's peak memory for nothing.
   */
  @Test
  void ingestReadsSourcesOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.ruralaccess.ingest..")
        .and()
        .resideOutsideOfPackage("org.ruralaccess.ingest.osm..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.ruralaccess.network..",
            "org.ruralaccess.routing..",
            "org.ruralaccess.analysis..",
            "org.ruralaccess.scenario..",
            "org.ruralaccess.export..",
            "org.ruralaccess.cli..",
            "org.ruralaccess.server..")
        .check(engine);
  }

  @Test
  void osmReaderWritesOnlyIntoTheStreetStore() {
    noClasses()
        .that()
        .resideInAPackage("org.ruralaccess.ingest.osm..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.ruralaccess.network",
            "org.ruralaccess.network.transit..",
            "org.ruralaccess.network.link..",
            "org.ruralaccess.network.store..",
            "org.ruralaccess.routing..",
            "org.ruralaccess.analysis..",
            "org.ruralaccess.scenario..",
            "org.ruralaccess.export..",
            "org.ruralaccess.cli..",
            "org.ruralaccess.server..")
        .check(engine);
  }

  @Test
  void networkDoesNotReachIntoAnalysisOrShells() {
    noClasses()
        .that()
        .resideInAPackage("org.ruralaccess.network..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.ruralaccess.analysis..",
            "org.ruralaccess.scenario..",
            "org.ruralaccess.export..",
            "org.ruralaccess.cli..",
            "org.ruralaccess.server..")
        .check(engine);
  }

  @Test
  void analysisAndExportDoNotDependOnTheShells() {
    noClasses()
        .that()
        .resideInAnyPackage("org.ruralaccess.analysis..", "org.ruralaccess.export..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.ruralaccess.cli..", "org.ruralaccess.server..")
        .allowEmptyShould(true)
        .check(engine);
  }

  @Test
  void cliAndServerDoNotDependOnEachOther() {
    noClasses()
        .that()
        .resideInAPackage("org.ruralaccess.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.ruralaccess.server..")
        .allowEmptyShould(true)
        .check(engine);
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("org.ruralaccess.(**)").should().beFreeOfCycles().check(engine);
  }
}
