package org.ruralaccess.network.transit;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The parallel arrays behind {@link TransitNetwork}, grouped by entity, each group able to write
 * and read itself. Arrays are owned by the network once built: builders hand them over and never
 * touch them again, accessors never hand them out.
 */
final class TransitColumns {

  private TransitColumns() {}

  record Stops(String[] ids, String[] names, double[] lats, double[] lons) {
    void write(DataOutputStream out) throws IOException {
      ColumnIo.writeStrings(out, ids);
      ColumnIo.writeStrings(out, names);
      ColumnIo.writeDoubles(out, lats);
      ColumnIo.writeDoubles(out, lons);
    }

    static Stops read(DataInputStream in) throws IOException {
      return new Stops(
          ColumnIo.readStrings(in),
          ColumnIo.readStrings(in),
          ColumnIo.readDoubles(in),
          ColumnIo.readDoubles(in));
    }
  }

  record Routes(String[] ids, String[] shortNames, int[] types, String[] agencyNames) {
    void write(DataOutputStream out) throws IOException {
      ColumnIo.writeStrings(out, ids);
      ColumnIo.writeStrings(out, shortNames);
      ColumnIo.writeInts(out, types);
      ColumnIo.writeStrings(out, agencyNames);
    }

    static Routes read(DataInputStream in) throws IOException {
      return new Routes(
          ColumnIo.readStrings(in),
          ColumnIo.readStrings(in),
          ColumnIo.readInts(in),
          ColumnIo.readStrings(in));
    }
  }

  /**
   * Patterns: stops of pattern p are {@code stops[stopOffsets[p] .. stopOffsets[p+1])} with
   * boarding/alighting flags alongside; its trips are global trips {@code firstTrips[p] ..
   * firstTrips[p+1]}, numbered in pattern order.
   */
  record Patterns(int[] routes, int[] stopOffsets, int[] stops, byte[] flags, int[] firstTrips) {
    void write(DataOutputStream out) throws IOException {
      ColumnIo.writeInts(out, routes);
      ColumnIo.writeInts(out, stopOffsets);
      ColumnIo.writeInts(out, stops);
      ColumnIo.writeBytes(out, flags);
      ColumnIo.writeInts(out, firstTrips);
    }

    static Patterns read(DataInputStream in) throws IOException {
      return new Patterns(
          ColumnIo.readInts(in),
          ColumnIo.readInts(in),
          ColumnIo.readInts(in),
          ColumnIo.readBytes(in),
          ColumnIo.readInts(in));
    }
  }

  /**
   * Trips: times of trip t at the i-th stop of its pattern are at {@code timeOffsets[t] + i} in
   * {@code arrivals} and {@code departures}.
   */
  record Trips(
      String[] ids,
      int[] services,
      String[] blockIds,
      int[] patterns,
      int[] timeOffsets,
      int[] arrivals,
      int[] departures) {
    void write(DataOutputStream out) throws IOException {
      ColumnIo.writeStrings(out, ids);
      ColumnIo.writeInts(out, services);
      ColumnIo.writeStrings(out, blockIds);
      ColumnIo.writeInts(out, patterns);
      ColumnIo.writeInts(out, timeOffsets);
      ColumnIo.writeInts(out, arrivals);
      ColumnIo.writeInts(out, departures);
    }

    static Trips read(DataInputStream in) throws IOException {
      return new Trips(
          ColumnIo.readStrings(in),
          ColumnIo.readInts(in),
          ColumnIo.readStrings(in),
          ColumnIo.readInts(in),
          ColumnIo.readInts(in),
          ColumnIo.readInts(in),
          ColumnIo.readInts(in));
    }
  }

  /** Services: per service the sorted epoch days (days since 1970-01-01) it runs on. */
  record Services(String[] ids, int[][] epochDays) {
    void write(DataOutputStream out) throws IOException {
      ColumnIo.writeStrings(out, ids);
      for (int[] days : epochDays) {
        ColumnIo.writeInts(out, days);
      }
    }

    static Services read(DataInputStream in) throws IOException {
      String[] ids = ColumnIo.readStrings(in);
      int[][] days = new int[ids.length][];
      for (int s = 0; s < ids.length; s++) {
        days[s] = ColumnIo.readInts(in);
      }
      return new Services(ids, days);
    }
  }

  /** transfers.txt rules between network stops; minimum seconds, or forbidden (type 3). */
  record Transfers(int[] fromStops, int[] toStops, int[] minSeconds, byte[] forbidden) {
    void write(DataOutputStream out) throws IOException {
      ColumnIo.writeInts(out, fromStops);
      ColumnIo.writeInts(out, toStops);
      ColumnIo.writeInts(out, minSeconds);
      ColumnIo.writeBytes(out, forbidden);
    }

    static Transfers read(DataInputStream in) throws IOException {
      return new Transfers(
          ColumnIo.readInts(in),
          ColumnIo.readInts(in),
          ColumnIo.readInts(in),
          ColumnIo.readBytes(in));
    }
  }
}
