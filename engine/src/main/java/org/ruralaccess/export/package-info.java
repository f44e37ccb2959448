/**
 * Output writers (build reports, CSV, GeoJSON, GeoPackage). Every file is written to a temporary
 * sibling and renamed when complete, so a failed run leaves no partial output.
 */
package org.ruralaccess.export;
