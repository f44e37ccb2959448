/**
 * Data problems found while reading inputs, typed as in OTP's {@code DataImportIssue} and the GTFS
 * validator's notices: severity, code, file, line, id, message and location; collected once and
 * written to the build report and its GeoJSON.
 */
package org.ruralaccess.model.issue;
