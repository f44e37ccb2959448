package org.ruralaccess.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ruralaccess.model.BadInputException;

/**
 * The MD5 a server publishes beside an OSM extract ({@code URL.md5}, as Geofabrik does: {@code "<32
 * hex digits> dorset-latest.osm.pbf"}). Asked for {@code .pbf} downloads only; none published (any
 * answer but 200 with 32 hex digits) leaves the size check alone.
 */
final class PublishedChecksum {

  private static final Pattern MD5 = Pattern.compile("^\\s*([0-9a-fA-F]{32})\\b");

  private PublishedChecksum() {}

  static void verify(HttpClient client, URI url, Path file, String userAgent) {
    if (url.getPath() == null || !url.getPath().endsWith(".pbf")) {
      return;
    }
    URI md5Url = URI.create(url + ".md5");
    String published;
    try {
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(md5Url)
                  .GET()
                  .timeout(Duration.ofSeconds(30))
                  .header("User-Agent", userAgent)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher md5 = MD5.matcher(answer.body());
      if (answer.statusCode() != 200 || !md5.find()) {
        return;
      }
      published = md5.group(1).toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      return; // the checksum is a bonus: the size has been checked already
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException(url + ": download interrupted", e);
    }
    String actual = md5Of(file);
    if (!actual.equals(published)) {
      Downloader.deletePartialFile(file);
      throw new BadInputException(
          url
              + ": the file's MD5 is "
              + actual
              + " but "
              + md5Url
              + " says "
              + published
              + "; the download is damaged (or the file changed while it came down): run rae"
              + " fetch again");
    }
  }

  private static String md5Of(Path file) {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("MD5"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new BadInputException(file + ": cannot be read to check it (" + e.getMessage() + ")");
    }
  }
}
