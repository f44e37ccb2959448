package org.ruralaccess.routing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The routing core knows no GTFS, streets or analysis: only the JDK and the model package. */
class RoutingArchitectureTest {

  @Test
  void routingDependsOnlyOnTheJdkAndModel() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ruralaccess.routing");
    noClasses()
        .that()
        .resideInAPackage("org.ruralaccess.routing..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "org.ruralaccess.routing..", "org.ruralaccess.model..")
        .check(classes);
  }
}
