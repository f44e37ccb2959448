package org.ruralaccess.ingest.destinations;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.CsvEncoding;
import org.ruralaccess.support.CsvReader;
import org.ruralaccess.support.CsvSource;

/**
 * Opens the CSV files the destination sources come in. They are UTF-8, except that DfE publishes
 * the GIAS extract in Windows-1252 and the user-written lists are often saved from Excel: a file
 * that is not valid UTF-8 as a whole is read as Windows-1252 ({@link
 * CsvEncoding#UTF8_OR_WINDOWS_1252}) rather than giving mangled names.
 */
final class DestinationFiles {

  private DestinationFiles() {}

  /** A file with a header line. */
  static CsvReader open(Path file) {
    requireFile(file);
    return CsvReader.open(file, CsvEncoding.UTF8_OR_WINDOWS_1252);
  }

  /** A file without a header line (NHS ODS epraccur). */
  static CsvReader openHeaderless(Path file) {
    requireFile(file);
    return CsvReader.openHeaderless(CsvSource.of(file), CsvEncoding.UTF8_OR_WINDOWS_1252);
  }

  private static void requireFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": destination file not found");
    }
  }
}
