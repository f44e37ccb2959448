/**
 * Origin and destination point sets: ids and WGS84 positions in file order, extra numeric columns.
 */
package org.ruralaccess.model.point;
