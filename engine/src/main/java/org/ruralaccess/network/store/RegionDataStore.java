package org.ruralaccess.network.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.AgeBand;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * Writes and reads the region's zones (boundaries as WKB, population, deprivation, origin) and
 * destinations inside the network file, so that {@code rae accessibility} needs nothing but the
 * network.
 */
final class RegionDataStore {

  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

  private RegionDataStore() {}

  static void writeZones(ZoneSet zones, DataOutputStream out) throws IOException {
    out.writeInt(zones.size());
    WKBWriter wkb = new WKBWriter(2, false);
    for (Zone zone : zones.zones()) {
      out.writeUTF(zone.code());
      out.writeUTF(zone.name());
      writeBytes(out, zone.boundary() == null ? new byte[0] : wkb.write(zone.boundary()));
      out.writeBoolean(zone.inStudyArea());
      out.writeDouble(zone.totalPopulation());
      for (AgeBand band : AgeBand.values()) {
        out.writeDouble(zone.population(band));
      }
      out.writeInt(zone.imdDecile());
      out.writeUTF(zone.ruralUrban() == null ? "" : zone.ruralUrban());
      out.writeDouble(zone.originLat());
      out.writeDouble(zone.originLon());
      out.writeUTF(zone.originMethod());
    }
  }

  static ZoneSet readZones(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<Zone> zones = new ArrayList<>(count);
    WKBReader wkb = new WKBReader(WGS84);
    for (int i = 0; i < count; i++) {
      String code = in.readUTF();
      String name = in.readUTF();
      byte[] boundary = readBytes(in);
      boolean inStudyArea = in.readBoolean();
      double total = in.readDouble();
      double[] bands = new double[AgeBand.values().length];
      for (int b = 0; b < bands.length; b++) {
        bands[b] = in.readDouble();
      }
      int decile = in.readInt();
      String ruralUrban = in.readUTF();
      zones.add(
          new Zone(
              code,
              name,
              boundary.length == 0 ? null : parse(wkb, boundary),
              inStudyArea,
              total,
              bands,
              decile,
              ruralUrban.isEmpty() ? null : ruralUrban,
              in.readDouble(),
              in.readDouble(),
              in.readUTF()));
    }
    return new ZoneSet(List.copyOf(zones));
  }

  static void writeDestinations(DestinationSet destinations, DataOutputStream out)
      throws IOException {
    out.writeInt(destinations.size());
    for (Destination d : destinations.destinations()) {
      out.writeUTF(d.id());
      out.writeUTF(d.name());
      out.writeUTF(d.category());
      out.writeDouble(d.lat());
      out.writeDouble(d.lon());
      out.writeDouble(d.weight());
    }
  }

  static DestinationSet readDestinations(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<Destination> destinations = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      destinations.add(
          new Destination(
              in.readUTF(),
              in.readUTF(),
              in.readUTF(),
              in.readDouble(),
              in.readDouble(),
              in.readDouble()));
    }
    return new DestinationSet(List.copyOf(destinations));
  }

  private static Geometry parse(WKBReader reader, byte[] bytes) throws IOException {
    try {
      return reader.read(bytes);
    } catch (ParseException e) {
      throw new IOException("zone boundary is not valid WKB: " + e.getMessage(), e);
    }
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return bytes;
  }
}
