package org.ruralaccess.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * FastCSV stays in its room: only {@code support} knows it, every other package reads CSV through
 * {@link CsvReader}, so there is one way to read a CSV file and one set of messages.
 */
class CsvLibraryConfinementTest {

  @Test
  void onlySupportUsesFastCsv() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.ruralaccess.support..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("de.siegmar.fastcsv..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ruralaccess"));
  }
}
