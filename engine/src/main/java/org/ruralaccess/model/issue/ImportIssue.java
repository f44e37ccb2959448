package org.ruralaccess.model.issue;

/**
 * One data problem found while importing, with where it is. Modelled on OTP's DataImportIssue and
 * the notices of MobilityData's gtfs-validator: a stable {@code code} to group by, a severity, and
 * a location (file, line, entity id, and coordinates when the problem has a place on the map).
 *
 * @param line 1-based line in {@code file} (header is line 1), or 0 when not known
 * @param entityId the source's id of the offending entity (stop_id, trip_id, OSM way id), or null
 * @param lat latitude when the problem has a location, else {@code Double.NaN}
 * @param lon longitude when the problem has a location, else {@code Double.NaN}
 */
public record ImportIssue(
    Severity severity,
    String code,
    String file,
    long line,
    String entityId,
    String message,
    double lat,
    double lon) {

  public static ImportIssue of(
      Severity severity, String code, String file, long line, String entityId, String message) {
    return new ImportIssue(severity, code, file, line, entityId, message, Double.NaN, Double.NaN);
  }

  public ImportIssue at(double latitude, double longitude) {
    return new ImportIssue(severity, code, file, line, entityId, message, latitude, longitude);
  }

  public boolean hasLocation() {
    return !Double.isNaN(lat) && !Double.isNaN(lon);
  }
}
