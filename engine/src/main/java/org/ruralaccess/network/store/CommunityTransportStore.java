package org.ruralaccess.network.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.ruralaccess.model.community.BookingRule;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.Eligibility;
import org.ruralaccess.model.community.FixedStop;
import org.ruralaccess.model.community.OperatingDays;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.community.SchemeKind;
import org.ruralaccess.model.community.ServiceArea;
import org.ruralaccess.model.community.TimeWindow;

/**
 * Writes and reads the region's community transport schemes inside the network file: every field,
 * areas as 2D WKB, dates as epoch days, sets in their sorted order, so that a load gives records
 * equal to the ones built and the same schemes always give the same bytes. Enums are stored by
 * name, so reordering an enum cannot silently change a stored scheme.
 */
final class CommunityTransportStore {

  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

  private CommunityTransportStore() {}

  static void write(CommunityTransport communityTransport, DataOutputStream out)
      throws IOException {
    out.writeInt(communityTransport.schemes().size());
    WKBWriter wkb = new WKBWriter(2, false);
    for (Scheme scheme : communityTransport.schemes()) {
      out.writeUTF(scheme.id());
      writeNullable(out, scheme.name());
      out.writeUTF(scheme.kind().name());
      out.writeInt(scheme.areas().size());
      for (ServiceArea area : scheme.areas()) {
        out.writeUTF(area.id());
        byte[] bytes = wkb.write(area.geometry());
        out.writeInt(bytes.length);
        out.write(bytes);
      }
      out.writeInt(scheme.stops().size());
      for (FixedStop stop : scheme.stops()) {
        writeNullable(out, stop.stopId());
        writeNullable(out, stop.name());
        out.writeDouble(stop.lat());
        out.writeDouble(stop.lon());
        out.writeInt(stop.arrivalSeconds());
        out.writeInt(stop.departureSeconds());
      }
      writeDays(out, scheme.days());
      out.writeInt(scheme.windows().size());
      for (TimeWindow window : scheme.windows()) {
        out.writeInt(window.startSeconds());
        out.writeInt(window.endSeconds());
      }
      BookingRule booking = scheme.booking();
      out.writeUTF(booking.type().name());
      out.writeInt(booking.minimumNoticeMinutes());
      out.writeInt(booking.priorDays());
      out.writeInt(booking.latestTimeSeconds());
      // an EnumSet iterates in declaration order: the same groups give the same bytes
      out.writeInt(scheme.eligibility().groups().size());
      for (Eligibility.Group group : EnumSet.copyOf(scheme.eligibility().groups())) {
        out.writeUTF(group.name());
      }
      out.writeDouble(scheme.vehicleTimeFactor());
      out.writeDouble(scheme.vehicleTimeOffsetSeconds());
      out.writeUTF(scheme.sourceFile());
    }
  }

  static CommunityTransport read(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<Scheme> schemes = new ArrayList<>(count);
    WKBReader wkb = new WKBReader(WGS84);
    for (int i = 0; i < count; i++) {
      String id = in.readUTF();
      String name = readNullable(in);
      SchemeKind kind = SchemeKind.valueOf(in.readUTF());
      List<ServiceArea> areas = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        String areaId = in.readUTF();
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        areas.add(new ServiceArea(areaId, parse(wkb, bytes, id)));
      }
      List<FixedStop> stops = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        stops.add(
            new FixedStop(
                readNullable(in),
                readNullable(in),
                in.readDouble(),
                in.readDouble(),
                in.readInt(),
                in.readInt()));
      }
      OperatingDays days = readDays(in);
      List<TimeWindow> windows = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        windows.add(new TimeWindow(in.readInt(), in.readInt()));
      }
      BookingRule booking =
          new BookingRule(
              BookingRule.Type.valueOf(in.readUTF()), in.readInt(), in.readInt(), in.readInt());
      Set<Eligibility.Group> groups = EnumSet.noneOf(Eligibility.Group.class);
      for (int n = in.readInt(); n > 0; n--) {
        groups.add(Eligibility.Group.valueOf(in.readUTF()));
      }
      schemes.add(
          new Scheme(
              id,
              name,
              kind,
              areas,
              stops,
              days,
              windows,
              booking,
              new Eligibility(groups),
              in.readDouble(),
              in.readDouble(),
              in.readUTF()));
    }
    return new CommunityTransport(schemes);
  }

  private static void writeDays(DataOutputStream out, OperatingDays days) throws IOException {
    int weekdays = 0;
    for (DayOfWeek day : days.weekdays()) {
      weekdays |= 1 << (day.getValue() - 1);
    }
    out.writeByte(weekdays);
    out.writeLong(days.startDate().toEpochDay());
    out.writeLong(days.endDate().toEpochDay());
    writeDates(out, days.addedDates());
    writeDates(out, days.removedDates());
  }

  private static OperatingDays readDays(DataInputStream in) throws IOException {
    int weekdays = in.readByte();
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if ((weekdays & (1 << (day.getValue() - 1))) != 0) {
        days.add(day);
      }
    }
    LocalDate start = LocalDate.ofEpochDay(in.readLong());
    LocalDate end = LocalDate.ofEpochDay(in.readLong());
    return new OperatingDays(days, start, end, readDates(in), readDates(in));
  }

  private static void writeDates(DataOutputStream out, SortedSet<LocalDate> dates)
      throws IOException {
    out.writeInt(dates.size());
    for (LocalDate date : dates) {
      out.writeLong(date.toEpochDay());
    }
  }

  private static SortedSet<LocalDate> readDates(DataInputStream in) throws IOException {
    SortedSet<LocalDate> dates = new TreeSet<>();
    for (int n = in.readInt(); n > 0; n--) {
      dates.add(LocalDate.ofEpochDay(in.readLong()));
    }
    return dates;
  }

  private static void writeNullable(DataOutputStream out, String text) throws IOException {
    out.writeBoolean(text != null);
    if (text != null) {
      out.writeUTF(text);
    }
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static Geometry parse(WKBReader reader, byte[] bytes, String schemeId)
      throws IOException {
    try {
      return reader.read(bytes);
    } catch (ParseException e) {
      throw new IOException(
          "service area of scheme '" + schemeId + "' is not valid WKB: " + e.getMessage(), e);
    }
  }
}
