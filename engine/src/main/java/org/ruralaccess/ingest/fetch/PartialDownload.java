package org.ruralaccess.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ruralaccess.support.AtomicFiles;

/**
 * The bytes of a download received so far ({@code .NAME.part}) and the server's validator of the
 * version they belong to ({@code .NAME.part.validator}: a strong {@code ETag}, else {@code
 * Last-Modified}). Bytes without a validator cannot be resumed safely and are dropped.
 */
final class PartialDownload {

  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

  private final Path file;
  private final Path validatorFile;

  PartialDownload(Path file) {
    this.file = file;
    this.validatorFile = validatorFile(file);
    if (Files.exists(file) && !Files.exists(validatorFile)) {
      AtomicFiles.deleteQuietly(file);
    }
  }

  static Path validatorFile(Path partial) {
    return partial.resolveSibling(partial.getFileName() + ".validator");
  }

  Path file() {
    return file;
  }

  long size() {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  boolean resumable() {
    return size() > 0 && Files.exists(validatorFile);
  }

  /** Asks for the missing bytes only, and only if the file is still the same version. */
  void rangeHeaders(HttpRequest.Builder request) {
    if (resumable()) {
      try {
        String validator = Files.readString(validatorFile, StandardCharsets.UTF_8).strip();
        request.header("Range", "bytes=" + size() + "-").header("If-Range", validator);
      } catch (IOException e) {
        restart();
      }
    }
  }

  /**
   * Prepares for the body of {@code response} (200: the whole file again; 206: the rest) and
   * returns the whole file's size in bytes, or -1 when the server does not say.
   *
   * @throws IOException when a 206 does not continue at our last byte (tried again from zero)
   */
  long begin(HttpResponse<InputStream> response) throws IOException {
    if (response.statusCode() == 206) {
      Matcher range =
          CONTENT_RANGE.matcher(response.headers().firstValue("Content-Range").orElse(""));
      if (!range.matches() || Long.parseLong(range.group(1)) != size()) {
        restart();
        throw new IOException("the server resumed at another byte than asked");
      }
      return range.group(3).equals("*") ? -1 : Long.parseLong(range.group(3));
    }
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    Optional<String> validator =
        response
            .headers()
            .firstValue("ETag")
            .filter(tag -> !tag.startsWith("W/"))
            .or(() -> response.headers().firstValue("Last-Modified"));
    if (validator.isPresent()) {
      Files.writeString(validatorFile, validator.get(), StandardCharsets.UTF_8);
    } else {
      Files.deleteIfExists(validatorFile);
    }
    return response.headers().firstValueAsLong("Content-Length").orElse(-1);
  }

  /** The file is complete: nothing left to resume. */
  void forgetValidator() {
    AtomicFiles.deleteQuietly(validatorFile);
  }

  void restart() {
    AtomicFiles.deleteQuietly(file);
    AtomicFiles.deleteQuietly(validatorFile);
  }
}
