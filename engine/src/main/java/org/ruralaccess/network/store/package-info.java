/**
 * The versioned on-disk network format. Terms: <em>header</em> (magic, format version, engine
 * version, uncompressed so a wrong version is reported without reading further), <em>body</em>
 * (gzip of the column stores in a fixed order, each writing itself), <em>end marker</em>.
 */
package org.ruralaccess.network.store;
