/**
 * Typed data problems found while importing (severity, code, file, line, entity, location),
 * collected during a build and written once into the build report as JSON and GeoJSON.
 */
package org.ruralaccess.ingest.issue;
