package org.ruralaccess.ingest.osm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.SavedWebPage;

/**
 * Checks that a path is an OSM file GraphHopper can read before the import starts, so the user gets
 * "not a PBF file" instead of a protobuf exception from a reader thread. Only looks at the first
 * bytes: a PBF file starts with a 4-byte block-header length and an {@code OSMHeader} block type;
 * an OSM XML file starts (after an optional byte order mark and whitespace) with {@code <} and has
 * an {@code <osm} element near the top.
 */
final class OsmFileCheck {

  private static final int PEEK_BYTES = 4096;
  private static final byte[] OSM_HEADER = "OSMHeader".getBytes(StandardCharsets.US_ASCII);

  private OsmFileCheck() {}

  static void check(Path osmFile) {
    String file = osmFile.toString();
    if (!Files.exists(osmFile)) {
      throw BadInputException.at(file, 0, null, "OSM file not found");
    }
    if (Files.isDirectory(osmFile)) {
      throw BadInputException.at(file, 0, null, "is a directory, expected an .osm.pbf file");
    }
    if (!Files.isReadable(osmFile)) {
      throw BadInputException.at(file, 0, null, "OSM file cannot be read (check permissions)");
    }
    byte[] head = readHead(osmFile);
    if (head.length == 0) {
      throw BadInputException.at(file, 0, null, "OSM file is empty");
    }
    String name = osmFile.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".pbf")) {
      checkPbf(file, head);
    } else if (name.endsWith(".osm") || name.endsWith(".xml")) {
      checkXml(file, head);
    } else {
      throw BadInputException.at(
          file, 0, null, "unknown OSM file type, expected a name ending in .osm.pbf (or .osm XML)");
    }
  }

  private static byte[] readHead(Path osmFile) {
    try (InputStream in = Files.newInputStream(osmFile)) {
      return in.readNBytes(PEEK_BYTES);
    } catch (IOException e) {
      throw BadInputException.at(osmFile.toString(), 0, null, "cannot read: " + e.getMessage());
    }
  }

  /** PBF: int32 header length, then BlobHeader field 1 (tag 0x0A), length 9, "OSMHeader". */
  private static void checkPbf(String file, byte[] head) {
    boolean ok = head.length >= 6 + OSM_HEADER.length && head[4] == 0x0A && head[5] == 9;
    for (int i = 0; ok && i < OSM_HEADER.length; i++) {
      ok = head[6 + i] == OSM_HEADER[i];
    }
    if (!ok) {
      String text = new String(head, StandardCharsets.UTF_8);
      if (SavedWebPage.looksLikeHtml(text)) {
        throw BadInputException.at(
            file,
            0,
            null,
            "is a web page"
                + SavedWebPage.titlePhrase(text)
                + ", not an OSM extract: it looks like a failed download; download it again");
      }
      if (text.replace("\uFEFF", "").strip().startsWith("<") && text.contains("<osm")) {
        throw BadInputException.at(
            file,
            0,
            null,
            "is OpenStreetMap XML, not PBF, though named .pbf: rename it to .osm, or convert it"
                + " with `osmium cat "
                + Path.of(file).getFileName()
                + " -o extract.osm.pbf` (osmium-tool) and point osm: at the result");
      }
      throw BadInputException.at(
          file,
          0,
          null,
          "not an OpenStreetMap PBF file (no OSMHeader block at the start); truncated or not an"
              + " extract? download it again");
    }
  }

  private static void checkXml(String file, byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
    if (!text.startsWith("<") || !text.contains("<osm")) {
      throw BadInputException.at(
          file, 0, null, "not an OpenStreetMap XML file (no <osm> element at the start)");
    }
  }
}
