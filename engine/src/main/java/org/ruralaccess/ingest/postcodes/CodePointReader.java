package org.ruralaccess.ingest.postcodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.support.CsvEncoding;
import org.ruralaccess.support.CsvReader;
import org.ruralaccess.support.CsvRow;
import org.ruralaccess.support.CsvSource;

/**
 * Reads OS Code-Point Open CSVs (UTF-8; one per postcode area, no header: postcode, positional
 * quality, eastings, northings in British National Grid EPSG:27700, then country and admin codes)
 * and turns the grid references into WGS84 with proj4j (EPSG:27700 to EPSG:4326, the OSTN-free
 * Helmert transform: within about 5 m, ample for postcode centroids). Postcodes without a grid
 * reference (positional quality 90) are reported and skipped.
 */
public final class CodePointReader {

  private static final int NO_GRID_REFERENCE = 90;

  private CodePointReader() {}

  public static PostcodeIndex read(List<Path> files, ImportIssues issues) {
    CoordinateTransform toWgs84 =
        new CoordinateTransformFactory()
            .createTransform(
                new CRSFactory().createFromName("EPSG:27700"),
                new CRSFactory().createFromName("EPSG:4326"));
    Map<String, Coordinate> byPostcode = new LinkedHashMap<>();
    for (Path file : files) {
      readFile(file, toWgs84, byPostcode, issues);
    }
    return new PostcodeIndex(byPostcode);
  }

  private static void readFile(
      Path file,
      CoordinateTransform toWgs84,
      Map<String, Coordinate> byPostcode,
      ImportIssues issues) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": Code-Point Open file not found");
    }
    int skipped = 0;
    try (CsvReader csv = CsvReader.openHeaderless(CsvSource.of(file), CsvEncoding.UTF8)) {
      ProjCoordinate grid = new ProjCoordinate();
      ProjCoordinate wgs84 = new ProjCoordinate();
      for (CsvRow row : csv) {
        if (row.size() < 4) {
          throw BadInputException.at(
              file.toString(),
              row.line(),
              null,
              "has "
                  + row.size()
                  + " fields; Code-Point Open rows have postcode, quality, eastings, northings, ...");
        }
        int quality = parseInt(file, row.line(), "Positional_quality_indicator", row.get(1));
        int eastings = parseInt(file, row.line(), "Eastings", row.get(2));
        int northings = parseInt(file, row.line(), "Northings", row.get(3));
        if (quality >= NO_GRID_REFERENCE || (eastings == 0 && northings == 0)) {
          skipped++;
          continue;
        }
        grid.x = eastings;
        grid.y = northings;
        toWgs84.transform(grid, wgs84);
        byPostcode.put(PostcodeIndex.normalise(row.get(0)), new Coordinate(wgs84.y, wgs84.x));
      }
      csv.requireRows("Code-Point Open rows (postcode, quality, eastings, northings, ...)");
    }
    if (skipped > 0) {
      issues.add(
          ImportIssue.of(
              Severity.INFO,
              "POSTCODE_WITHOUT_LOCATION",
              file.getFileName().toString(),
              0,
              null,
              skipped
                  + " postcodes have no grid reference (positional quality 90) and were skipped"));
    }
  }

  private static int parseInt(Path file, long line, String field, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw BadInputException.at(
          file.toString(), line, field, "'" + text + "' is not a whole number");
    }
  }
}
