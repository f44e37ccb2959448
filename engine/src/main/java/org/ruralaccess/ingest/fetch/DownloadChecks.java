package org.ruralaccess.ingest.fetch;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.SavedWebPage;

/**
 * Checks that a downloaded file is what the plan asked for before it replaces anything: a GTFS zip
 * with the required files, or an OSM PBF whose first blob is the {@code OSMHeader}. A server that
 * answers with an HTML page (a login page, an error page, a "file moved" notice) is named as such,
 * with the page's title, rather than as a corrupt zip.
 */
final class DownloadChecks {

  /** GTFS files a feed cannot do without; calendar.txt or calendar_dates.txt is checked apart. */
  static final List<String> REQUIRED_GTFS_FILES =
      List.of("agency.txt", "stops.txt", "routes.txt", "trips.txt", "stop_times.txt");

  private DownloadChecks() {}

  /**
   * @param what names the download in messages, e.g. its URL
   * @throws BadInputException if the file is not of the expected kind
   */
  static void check(FetchPlan.Kind kind, Path file, String what) {
    rejectHtml(file, what, kind);
    if (kind == FetchPlan.Kind.GTFS) {
      checkGtfsZip(file, what);
    } else {
      checkOsmPbf(file, what);
    }
  }

  static void checkGtfsZip(Path file, String what) {
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      List<String> missing = new ArrayList<>();
      for (String name : REQUIRED_GTFS_FILES) {
        if (!hasFile(zip, name)) {
          missing.add(name);
        }
      }
      if (!hasFile(zip, "calendar.txt") && !hasFile(zip, "calendar_dates.txt")) {
        missing.add("calendar.txt or calendar_dates.txt");
      }
      if (!missing.isEmpty()) {
        throw new BadInputException(
            what
                + ": the zip is not a GTFS feed; missing "
                + String.join(", ", missing)
                + (hasNestedFolder(zip)
                    ? " (its files are inside a folder; GTFS needs them at the top)"
                    : ""));
      }
    } catch (ZipException e) {
      throw new BadInputException(
          what + ": not a readable zip archive (" + e.getMessage() + "); expected a GTFS zip", e);
    } catch (IOException e) {
      throw new BadInputException(what + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * An OSM PBF starts with a 4-byte big-endian length, then a BlobHeader whose field 1 (tag 0x0A)
   * is the blob type, {@code "OSMHeader"} for the first blob (OSM wiki, PBF Format).
   */
  static void checkOsmPbf(Path file, String what) {
    byte[] expected = "OSMHeader".getBytes(StandardCharsets.US_ASCII);
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      int headerLength = in.readInt();
      int tag = in.readUnsignedByte();
      int typeLength = in.readUnsignedByte();
      byte[] type = new byte[Math.min(typeLength, 64)];
      in.readFully(type);
      if (headerLength <= 0
          || headerLength > 64 * 1024
          || tag != 0x0A
          || !java.util.Arrays.equals(type, expected)) {
        throw notPbf(what, "its first block is not an OSMHeader");
      }
    } catch (EOFException e) {
      throw notPbf(what, "it is too short");
    } catch (IOException e) {
      throw new BadInputException(what + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static BadInputException notPbf(String what, String why) {
    return new BadInputException(
        what
            + ": not an OpenStreetMap .osm.pbf file ("
            + why
            + "); expected an extract in PBF format");
  }

  /** An HTML answer in place of data: reported with its title, whatever the expected kind. */
  static void rejectHtml(Path file, String what, FetchPlan.Kind kind) {
    String head;
    try (InputStream in = Files.newInputStream(file)) {
      head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(what + ": cannot be read (" + e.getMessage() + ")", e);
    }
    if (!looksLikeHtml(head)) {
      return;
    }
    String titleText = SavedWebPage.titlePhrase(head);
    throw new BadInputException(
        what
            + ": the server sent a web page"
            + titleText
            + " instead of a "
            + kind.description()
            + "; the address may have moved or need a login. Open it in a browser to see, and"
            + " correct the url in region.yaml");
  }

  static boolean looksLikeHtml(String head) {
    return SavedWebPage.looksLikeHtml(head);
  }

  private static boolean hasFile(ZipFile zip, String name) {
    ZipEntry entry = zip.getEntry(name);
    return entry != null && !entry.isDirectory();
  }

  private static boolean hasNestedFolder(ZipFile zip) {
    return zip.stream().anyMatch(e -> e.getName().endsWith("/stops.txt"));
  }
}
