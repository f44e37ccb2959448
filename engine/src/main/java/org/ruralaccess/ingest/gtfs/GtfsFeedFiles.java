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
    try {
      return new GtfsFeedFiles(path, new ZipFile(path.toFile(), StandardCharsets.UTF_8));
    } catch (ZipException e) {
      throw new BadInputException(
          path + ": not a readable zip archive (" + e.getMessage() + "); expected a GTFS .zip", e);
    } catch (IOException e) {
      throw new BadInputException(path + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  boolean has(String fileName) {
    if (zip == null) {
      return Files.isRegularFile(path.resolve(fileName));
    }
    ZipEntry entry = zip.getEntry(fileName);
    return entry != null && !entry.isDirectory();
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
