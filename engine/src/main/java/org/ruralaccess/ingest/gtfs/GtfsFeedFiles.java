package org.ruralaccess.ingest.gtfs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.CsvEncoding;
import org.ruralaccess.support.CsvReader;
import org.ruralaccess.support.CsvSource;
import org.ruralaccess.support.SavedWebPage;

/**
 * The {@code .txt} files of one feed, in a zip archive or a folder. Used for the checks this
 * package makes before OneBusAway reads the feed (headers, time syntax), so that every problem can
 * be reported with the file, line and field.
 */
final class GtfsFeedFiles implements AutoCloseable {

  private final Path path;
  private final ZipFile zip;

  private GtfsFeedFiles(Path path, ZipFile zip) {
    this.path = path;
    this.zip = zip;
  }

  /**
   * @throws BadInputException if the path does not exist or is not a readable zip archive
   */
  static GtfsFeedFiles open(Path path) {
    if (!Files.exists(path)) {
      throw new BadInputException(path + ": GTFS feed not found; expected a .zip file or a folder");
    }
    if (Files.isDirectory(path)) {
      return new GtfsFeedFiles(path, null);
    }
    String head = SavedWebPage.head(path);
    if (SavedWebPage.looksLikeHtml(head)) {
      throw new BadInputException(
          path
              + ": is a web page"
              + SavedWebPage.titlePhrase(head)
              + ", not a zip: it looks like a failed download. Download the feed again (or run"
              + " `rae fetch`) and check the file opens as a zip");
    }
    try {
      return new GtfsFeedFiles(path, new ZipFile(path.toFile(), StandardCharsets.UTF_8));
    } catch (ZipException e) {
      throw new BadInputException(
          path + ": not a readable zip archive (" + e.getMessage() + "); expected a GTFS .zip", e);
    } catch (IOException e) {
      throw new BadInputException(path + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The folder inside the zip that holds {@code stops.txt} when it is not at the top (a feed zipped
   * with its folder), or null.
   */
  String nestedFolder() {
    if (zip == null) {
      return null;
    }
    return zip.stream()
        .map(ZipEntry::getName)
        .filter(name -> name.endsWith("/stops.txt"))
        .map(name -> name.substring(0, name.length() - "stops.txt".length()))
        .sorted()
        .findFirst()
        .orElse(null);
  }

  /**
   * Whether the feed has the file. A 0-byte optional file (export tools write every file, empty
   * ones with no header at all) is an absent one; a 0-byte required file is there, and empty.
   */
  boolean has(String fileName) {
    boolean required = GtfsCsvChecks.ALWAYS_REQUIRED.contains(fileName);
    if (zip == null) {
      Path file = path.resolve(fileName);
      return Files.isRegularFile(file) && (required || size(file) > 0);
    }
    ZipEntry entry = zip.getEntry(fileName);
    return entry != null && !entry.isDirectory() && (required || entry.getSize() != 0);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1; // unknown: read it, and let the read say what is wrong
    }
  }

  /**
   * The file as CSV with a header, read strictly as UTF-8 (what the GTFS specification requires),
   * named in messages by {@link #label(String)}.
   */
  CsvReader csv(String fileName) {
    CsvSource source =
        new CsvSource(
            label(fileName),
            () ->
                zip == null
                    ? Files.newInputStream(path.resolve(fileName))
                    : zip.getInputStream(zip.getEntry(fileName)));
    return CsvReader.open(source, CsvEncoding.UTF8);
  }

  /** How a file of this feed is named in messages, e.g. {@code poa_eptc.zip/stops.txt}. */
  String label(String fileName) {
    return path.getFileName() + "/" + fileName;
  }

  Path path() {
    return path;
  }

  @Override
  public void close() throws IOException {
    if (zip != null) {
      zip.close();
    }
  }
}
