package org.ruralaccess.bench.scale;

import com.google.protobuf.ByteString;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.openstreetmap.osmosis.osmbinary.Fileformat;
import org.openstreetmap.osmosis.osmbinary.Osmformat;

/**
 * Writes an OSM PBF file holding copies of one extract, each shifted by a tile's offset: every
 * block's {@code lat_offset}/{@code lon_offset} (nanodegrees, applied by every PBF reader to all
 * nodes of the block) moves the copy, and every node, way and relation id (and every reference) is
 * raised by the tile's id offset so that no id collides. Ids are delta-coded in dense nodes, way
 * refs and relation members, so only the first of each run changes. Nodes of every tile come first,
 * then ways, then relations, as readers expect of a sorted file.
 */
final class PbfTiler {

  /** Above any OSM id of today (about 1.3e10), so tile copies never share an id. */
  static final long ID_STRIDE = 1L << 35;

  private PbfTiler() {}

  /** One tile: its degrees of shift and its index (the id offset is index x stride). */
  record Tile(int index, double latShift, double lonShift) {}

  static void write(Path source, Path target, List<Tile> tiles) throws IOException {
    Fileformat.Blob header = null;
    List<Osmformat.PrimitiveBlock> blocks = new ArrayList<>();
    try (DataInputStream in = new DataInputStream(Files.newInputStream(source))) {
      while (true) {
        int headerLength;
        try {
          headerLength = in.readInt();
        } catch (EOFException end) {
          break;
        }
        Fileformat.BlobHeader blobHeader =
            Fileformat.BlobHeader.parseFrom(in.readNBytes(headerLength));
        Fileformat.Blob blob = Fileformat.Blob.parseFrom(in.readNBytes(blobHeader.getDatasize()));
        if (blobHeader.getType().equals("OSMHeader")) {
          header = blob;
        } else if (blobHeader.getType().equals("OSMData")) {
          blocks.add(Osmformat.PrimitiveBlock.parseFrom(inflate(blob)));
        }
      }
    }
    if (header == null) {
      throw new IOException(source + " has no OSMHeader block");
    }
    try (OutputStream fileOut = Files.newOutputStream(target);
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(fileOut))) {
      writeBlob(out, "OSMHeader", header);
      for (Kind kind : Kind.values()) {
        for (Tile tile : tiles) {
          for (Osmformat.PrimitiveBlock block : blocks) {
            Osmformat.PrimitiveBlock shifted = shift(block, tile, kind);
            if (shifted != null) {
              writeBlob(out, "OSMData", deflate(shifted.toByteArray()));
            }
          }
        }
      }
    }
  }

  private enum Kind {
    NODES,
    WAYS,
    RELATIONS
  }

  /** The block's groups of one kind, moved to the tile; null when it has none. */
  private static Osmformat.PrimitiveBlock shift(
      Osmformat.PrimitiveBlock block, Tile tile, Kind kind) {
    long idOffset = tile.index() * ID_STRIDE;
    Osmformat.PrimitiveBlock.Builder builder = block.toBuilder().clearPrimitivegroup();
    builder.setLatOffset(block.getLatOffset() + Math.round(tile.latShift() * 1e9));
    builder.setLonOffset(block.getLonOffset() + Math.round(tile.lonShift() * 1e9));
    boolean any = false;
    for (Osmformat.PrimitiveGroup group : block.getPrimitivegroupList()) {
      Osmformat.PrimitiveGroup.Builder g = Osmformat.PrimitiveGroup.newBuilder();
      switch (kind) {
        case NODES -> {
          if (group.hasDense() && group.getDense().getIdCount() > 0) {
            Osmformat.DenseNodes.Builder dense = group.getDense().toBuilder();
            dense.setId(0, dense.getId(0) + idOffset);
            g.setDense(dense);
          }
          for (Osmformat.Node node : group.getNodesList()) {
            g.addNodes(node.toBuilder().setId(node.getId() + idOffset));
          }
        }
        case WAYS -> {
          for (Osmformat.Way way : group.getWaysList()) {
            Osmformat.Way.Builder w = way.toBuilder().setId(way.getId() + idOffset);
            if (w.getRefsCount() > 0) {
              w.setRefs(0, w.getRefs(0) + idOffset);
            }
            g.addWays(w);
          }
        }
        case RELATIONS -> {
          for (Osmformat.Relation relation : group.getRelationsList()) {
            Osmformat.Relation.Builder r = relation.toBuilder().setId(relation.getId() + idOffset);
            if (r.getMemidsCount() > 0) {
              r.setMemids(0, r.getMemids(0) + idOffset);
            }
            g.addRelations(r);
          }
        }
      }
      if (g.hasDense() || g.getNodesCount() + g.getWaysCount() + g.getRelationsCount() > 0) {
        builder.addPrimitivegroup(g);
        any = true;
      }
    }
    return any ? builder.build() : null;
  }

  private static byte[] inflate(Fileformat.Blob blob) throws IOException {
    if (blob.hasRaw()) {
      return blob.getRaw().toByteArray();
    }
    if (!blob.hasZlibData()) {
      throw new IOException("only raw and zlib PBF blobs are supported");
    }
    Inflater inflater = new Inflater();
    inflater.setInput(blob.getZlibData().toByteArray());
    byte[] raw = new byte[blob.getRawSize()];
    try {
      int n = inflater.inflate(raw);
      if (n != raw.length) {
        throw new IOException("PBF blob inflated to " + n + " bytes, expected " + raw.length);
      }
    } catch (DataFormatException e) {
      throw new IOException("bad zlib data in PBF blob", e);
    } finally {
      inflater.end();
    }
    return raw;
  }

  private static Fileformat.Blob deflate(byte[] raw) {
    Deflater deflater = new Deflater();
    deflater.setInput(raw);
    deflater.finish();
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(raw.length / 2 + 64);
    byte[] buffer = new byte[64 * 1024];
    while (!deflater.finished()) {
      compressed.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return Fileformat.Blob.newBuilder()
        .setRawSize(raw.length)
        .setZlibData(ByteString.copyFrom(compressed.toByteArray()))
        .build();
  }

  private static void writeBlob(DataOutputStream out, String type, Fileformat.Blob blob)
      throws IOException {
    byte[] data = blob.toByteArray();
    byte[] header =
        Fileformat.BlobHeader.newBuilder()
            .setType(type)
            .setDatasize(data.length)
            .build()
            .toByteArray();
    out.writeInt(header.length);
    out.write(header);
    out.write(data);
  }
}
