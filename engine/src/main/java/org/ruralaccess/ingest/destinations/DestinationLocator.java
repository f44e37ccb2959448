package org.ruralaccess.ingest.destinations;

import java.util.Optional;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.ruralaccess.ingest.postcodes.PostcodeIndex;
import org.ruralaccess.model.Coordinate;

/**
 * Turns the position fields of a published row into WGS84: latitude/longitude when given, else a
 * British National Grid reference (EPSG:27700 to EPSG:4326 with proj4j, the Helmert transform that
 * {@code CodePointReader} uses: within about 5 m), else the postcode's Code-Point Open centroid.
 * Empty, unparseable, out-of-range and (0, 0) positions count as missing, so the next source is
 * tried. Not thread-safe (one reusable projection buffer).
 */
final class DestinationLocator {

  private final PostcodeIndex postcodes;
  private CoordinateTransform toWgs84;
  private final ProjCoordinate grid = new ProjCoordinate();
  private final ProjCoordinate wgs84 = new ProjCoordinate();

  DestinationLocator(PostcodeIndex postcodes) {
    this.postcodes = postcodes;
  }

  boolean hasPostcodes() {
    return postcodes != null;
  }

  Optional<Coordinate> fromLatLon(String latText, String lonText) {
    double lat = parse(latText);
    double lon = parse(lonText);
    Coordinate coordinate = new Coordinate(lat, lon);
    if (!coordinate.isValid() || (lat == 0 && lon == 0)) {
      return Optional.empty();
    }
    return Optional.of(coordinate);
  }

  /** Eastings and northings in metres; GB's grid spans 0-700 km east and 0-1300 km north. */
  Optional<Coordinate> fromBritishNationalGrid(String eastingText, String northingText) {
    double eastingMeters = parse(eastingText);
    double northingMeters = parse(northingText);
    if (!(eastingMeters > 0 && eastingMeters < 700_000)
        || !(northingMeters > 0 && northingMeters < 1_300_000)) {
      return Optional.empty();
    }
    if (toWgs84 == null) {
      CRSFactory crs = new CRSFactory();
      toWgs84 =
          new CoordinateTransformFactory()
              .createTransform(crs.createFromName("EPSG:27700"), crs.createFromName("EPSG:4326"));
    }
    grid.x = eastingMeters;
    grid.y = northingMeters;
    toWgs84.transform(grid, wgs84);
    return Optional.of(new Coordinate(wgs84.y, wgs84.x));
  }

  Optional<Coordinate> fromPostcode(String postcode) {
    if (postcodes == null || postcode == null || postcode.isBlank()) {
      return Optional.empty();
    }
    return postcodes.find(postcode);
  }

  private static double parse(String text) {
    if (text == null || text.isBlank()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
