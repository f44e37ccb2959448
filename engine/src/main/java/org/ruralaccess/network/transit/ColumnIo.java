package org.ruralaccess.network.transit;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Length-prefixed primitive and string arrays for the network's binary format. */
final class ColumnIo {

  private ColumnIo() {}

  static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int value : values) {
      out.writeInt(value);
    }
  }

  static int[] readInts(DataInputStream in) throws IOException {
    int[] values = new int[readLength(in)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readInt();
    }
    return values;
  }

  static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
    out.writeInt(values.length);
    for (double value : values) {
      out.writeDouble(value);
    }
  }

  static double[] readDoubles(DataInputStream in) throws IOException {
    double[] values = new double[readLength(in)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readDouble();
    }
    return values;
  }

  static void writeBytes(DataOutputStream out, byte[] values) throws IOException {
    out.writeInt(values.length);
    out.write(values);
  }

  static byte[] readBytes(DataInputStream in) throws IOException {
    byte[] values = new byte[readLength(in)];
    in.readFully(values);
    return values;
  }

  /** Strings that may be null (a presence byte before each). */
  static void writeStrings(DataOutputStream out, String[] values) throws IOException {
    out.writeInt(values.length);
    for (String value : values) {
      out.writeBoolean(value != null);
      if (value != null) {
        out.writeUTF(value);
      }
    }
  }

  static String[] readStrings(DataInputStream in) throws IOException {
    String[] values = new String[readLength(in)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readBoolean() ? in.readUTF() : null;
    }
    return values;
  }

  private static int readLength(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      throw new IOException("corrupt transit network: negative array length " + length);
    }
    return length;
  }
}
