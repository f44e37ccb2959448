package org.ruralaccess.export;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * A geometry as a GeoPackage 1.3 StandardGeoPackageBinary blob (spec section 2.1.3): magic {@code
 * "GP"}, version 0, a flags byte, the srs_id, the envelope {@code [minx, maxx, miny, maxy]}, then
 * the geometry as 2D little-endian WKB.
 *
 * <p>Flags: bit 0 byte order (1 = little-endian, for the srs_id and envelope), bits 1-3 envelope
 * contents (1 = xy envelope), bit 4 empty (never set: empty geometries are stored as SQL NULL), bit
 * 5 standard/extended (0 = standard), so always {@code 0b0000_0011}.
 */
final class GeoPackageBinary {

  static final byte VERSION = 0;
  static final byte FLAGS_LITTLE_ENDIAN_XY_ENVELOPE = 0b0000_0011;
  static final int HEADER_BYTES = 8 + 4 * Double.BYTES;

  private GeoPackageBinary() {}

  static byte[] encode(Geometry geometry, int srsId) {
    byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(geometry);
    Envelope envelope = geometry.getEnvelopeInternal();
    ByteBuffer blob = ByteBuffer.allocate(HEADER_BYTES + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
    blob.put((byte) 'G').put((byte) 'P').put(VERSION).put(FLAGS_LITTLE_ENDIAN_XY_ENVELOPE);
    blob.putInt(srsId);
    blob.putDouble(envelope.getMinX()).putDouble(envelope.getMaxX());
    blob.putDouble(envelope.getMinY()).putDouble(envelope.getMaxY());
    blob.put(wkb);
    return blob.array();
  }
}
