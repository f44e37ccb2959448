package org.ruralaccess.network.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.EngineVersion;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.NetworkInfo;
import org.ruralaccess.network.link.StopLinks;
import org.ruralaccess.network.link.StopTransfers;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.transit.TransitNetwork;
import org.ruralaccess.support.AtomicFiles;

/**
 * The on-disk network: one file, a plain header (magic, format version, engine version) then a gzip
 * body of the column stores, ending in a marker that detects truncated files. Written to a
 * temporary file and renamed, so a failed build never leaves a half-written network. The bytes
 * depend only on the inputs: no timestamps, no hash-ordered collections.
 */
public final class NetworkStore {

  /** Bump whenever any column store's layout changes; older files are then refused. */
  public static final int FORMAT_VERSION = 5; // 5: zones carry the five-year age bands (TS007A)

  private static final byte[] MAGIC = "RAE-NETWORK\n".getBytes(StandardCharsets.US_ASCII);
  private static final int END_MARKER = 0x52414521; // "RAE!"
  private static final ObjectMapper JSON = new ObjectMapper();

  private NetworkStore() {}

  public static void write(Network network, Path file) {
    try {
      AtomicFiles.write(
          file,
          raw -> {
            DataOutputStream header = new DataOutputStream(raw);
            header.write(MAGIC);
            header.writeInt(FORMAT_VERSION);
            header.writeUTF(EngineVersion.current());
            header.flush();
            DataOutputStream body =
                new DataOutputStream(
                    new BufferedOutputStream(new FastGzipOutputStream(raw), 1 << 16));
            writeBody(network, body);
            body.close();
          });
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot write the network: " + e.getMessage(), e);
    }
  }

  private static void writeBody(Network network, DataOutputStream body) throws IOException {
    byte[] info = JSON.writeValueAsBytes(network.info());
    body.writeInt(info.length);
    body.write(info);
    network.streets().write(body);
    network.transit().write(body);
    network.stopLinks().write(body);
    network.transfers().write(body);
    RegionDataStore.writeZones(network.zones(), body);
    RegionDataStore.writeDestinations(network.destinations(), body);
    CommunityTransportStore.write(network.communityTransport(), body);
    body.writeInt(END_MARKER);
  }

  public static Network read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(
          file
              + ": network file not found; build one with `rae build --region DIR --out "
              + file
              + "`");
    }
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      DataInputStream header = new DataInputStream(raw);
      checkHeader(file, header);
      DataInputStream body =
          new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
      return readBody(file, body);
    } catch (EOFException | ZipException | NegativeArraySizeException | OutOfMemoryError e) {
      // a cut or corrupted body shows as an early end, a bad gzip block, or a nonsense length
      throw new BadInputException(
          file + ": the network file is damaged or truncated; rebuild it with `rae build`", e);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read the network: " + e.getMessage(), e);
    }
  }

  private static void checkHeader(Path file, DataInputStream header) throws IOException {
    byte[] magic = new byte[MAGIC.length];
    int read = header.readNBytes(magic, 0, magic.length);
    if (read != MAGIC.length || !Arrays.equals(magic, MAGIC)) {
      throw new BadInputException(
          file + ": not a rae network file (expected one written by `rae build`)");
    }
    int version = header.readInt();
    String writtenBy = header.readUTF();
    if (version != FORMAT_VERSION) {
      throw new BadInputException(
          file
              + ": written in network format version "
              + version
              + " (by rae "
              + writtenBy
              + "); this engine (rae "
              + EngineVersion.current()
              + ") needs format version "
              + FORMAT_VERSION
              + ". Rebuild it with `rae build --region DIR`.");
    }
  }

  private static Network readBody(Path file, DataInputStream body) throws IOException {
    byte[] infoBytes = new byte[body.readInt()];
    body.readFully(infoBytes);
    NetworkInfo info = JSON.readValue(infoBytes, NetworkInfo.class);
    StreetNetwork streets = StreetNetwork.read(body);
    TransitNetwork transit = TransitNetwork.read(body);
    StopLinks links = StopLinks.read(body);
    StopTransfers transfers = StopTransfers.read(body);
    var zones = RegionDataStore.readZones(body);
    var destinations = RegionDataStore.readDestinations(body);
    var communityTransport = CommunityTransportStore.read(body);
    if (body.readInt() != END_MARKER) {
      throw new BadInputException(
          file + ": the network file is damaged; rebuild it with `rae build`");
    }
    return new Network(
        info, streets, transit, links, transfers, zones, destinations, communityTransport);
  }

  /** Gzip at the fastest level: the network is ~3x smaller and writing stays I/O bound. */
  private static final class FastGzipOutputStream extends GZIPOutputStream {
    FastGzipOutputStream(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
