package org.ruralaccess.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.AtomicFiles;

/**
 * Downloads one URL into a partial file next to its final place ({@code .NAME.part}), so that a
 * check and a rename can follow and a failed or half-finished download never takes the place of a
 * good file. Made for rural broadband and 600 MB extracts:
 *
 * <ul>
 *   <li>a <b>read timeout</b>: a transfer that stalls ({@link #readTimeout} without a byte) is
 *       broken off, instead of hanging for ever;
 *   <li><b>retries with back-off</b>: a broken or stalled transfer, HTTP 429 and 5xx are tried
 *       again after 2, 4, 8 ... seconds, {@link #attempts} times in all;
 *   <li><b>resume</b>: a retry, or the next {@code rae fetch} after a failed one, asks only for the
 *       missing bytes ({@code Range}), guarded by the server's {@code ETag} or {@code
 *       Last-Modified} ({@code If-Range}), so a file that changed in between starts again rather
 *       than being spliced from two versions; the validator is kept in {@code
 *       .NAME.part.validator};
 *   <li><b>size and checksum</b>: the byte count must match {@code Content-Length}; when the server
 *       publishes an MD5 beside a {@code .pbf} (Geofabrik's {@code URL.md5}) the file must match
 *       it.
 * </ul>
 *
 * Follows redirects (BODS answers with a redirect to its storage), names itself in the User-Agent
 * as the sites' usage policies ask, and reports progress.
 */
public final class Downloader {

  static final String USER_AGENT = "rae/" + versionOrDev() + " (Rural Access Engine; rae fetch)";

  static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
  static final int DEFAULT_ATTEMPTS = 4;
  static final Duration DEFAULT_FIRST_BACKOFF = Duration.ofSeconds(2);

  private final HttpClient client;
  private final FetchListener listener;
  private final Duration readTimeout;
  private final int attempts;
  private final Duration firstBackoff;

  public Downloader(FetchListener listener, Duration connectTimeout) {
    this(listener, connectTimeout, DEFAULT_READ_TIMEOUT, DEFAULT_ATTEMPTS, DEFAULT_FIRST_BACKOFF);
  }

  Downloader(
      FetchListener listener,
      Duration connectTimeout,
      Duration readTimeout,
      int attempts,
      Duration firstBackoff) {
    this.listener = listener;
    this.readTimeout = readTimeout;
    this.attempts = attempts;
    this.firstBackoff = firstBackoff;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(connectTimeout)
            .build();
  }

  /** Where a download of {@code target} collects its bytes until it is complete. */
  static Path partialFile(Path target) {
    Path absolute = target.toAbsolutePath();
    return absolute.resolveSibling("." + absolute.getFileName() + ".part");
  }

  /**
   * Downloads {@code url} into the partial file beside {@code target} (its folder created if
   * needed) and returns it; the caller checks it and moves it into place, or deletes it.
   *
   * @throws SourceUnreachableException if no connection could be made
   * @throws BadInputException if the server refuses (4xx, 5xx after the retries), the transfer
   *     keeps breaking off (the bytes so far are kept for the next run), or the file does not match
   *     the published size or checksum
   */
  public Path downloadNextTo(URI url, Path target) {
    PartialDownload part = new PartialDownload(partialFile(target));
    String lastFailure = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) {
        Duration wait = firstBackoff.multipliedBy(1L << (attempt - 2));
        listener.message(
            url
                + ": "
                + lastFailure
                + "; attempt "
                + attempt
                + " of "
                + attempts
                + " in "
                + wait.toSeconds()
                + " s"
                + (part.size() > 0 ? ", resuming from byte " + part.size() : ""));
        sleep(wait, url);
      }
      try {
        Optional<String> retry = tryOnce(url, part);
        if (retry.isEmpty()) {
          part.forgetValidator();
          PublishedChecksum.verify(client, url, part.file(), USER_AGENT);
          return part.file();
        }
        lastFailure = retry.get();
      } catch (IOException e) {
        if (isConnectionFailure(e) && part.size() == 0 && attempt == 1) {
          throw new SourceUnreachableException(url, e);
        }
        lastFailure = "the transfer broke off (" + describe(e) + ")";
      }
    }
    throw new BadInputException(
        url
            + ": "
            + lastFailure
            + " after "
            + attempts
            + " attempts; "
            + (part.resumable()
                ? part.size() + " bytes are kept: run rae fetch again to resume"
                : "run rae fetch again later"));
  }

  /** One request; empty when the file is complete, else why to try again. */
  private Optional<String> tryOnce(URI url, PartialDownload part) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url).GET().header("User-Agent", USER_AGENT);
    part.rangeHeaders(request);
    HttpResponse<InputStream> response = send(request.build(), url);
    try (InputStream body = response.body()) {
      int status = response.statusCode();
      if (status == 429 || status >= 500) {
        return Optional.of("the server answered HTTP " + status + " (" + meaning(status) + ")");
      }
      if (status == 416) {
        part.restart(); // the bytes kept no longer fit the file: start again
        return Optional.of("the bytes kept do not fit the file on the server any more");
      }
      if (status != 200 && status != 206) {
        rejectStatus(url, response, body);
      }
      long expectedTotal = part.begin(response);
      long received =
          new StallingCopy(body, readTimeout)
              .to(part.file(), part.size() > 0 && status == 206, url, expectedTotal, listener);
      if (expectedTotal >= 0 && received < expectedTotal) {
        return Optional.of(
            "the transfer ended after " + received + " of " + expectedTotal + " bytes");
      }
      if (expectedTotal >= 0 && received > expectedTotal) {
        part.restart();
        throw new BadInputException(
            url + ": received " + received + " bytes but the server announced " + expectedTotal);
      }
      return Optional.empty();
    }
  }

  private HttpResponse<InputStream> send(HttpRequest request, URI url) throws IOException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException(url + ": download interrupted", e);
    }
  }

  private static void sleep(Duration wait, URI url) {
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException(url + ": download interrupted", e);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof InterruptedIOException && e.getMessage() != null) {
      return e.getMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  static boolean isConnectionFailure(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException
          || cause instanceof HttpConnectTimeoutException
          || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException
          || cause instanceof UnresolvedAddressException) {
        return true;
      }
    }
    return false;
  }

  private static String meaning(int status) {
    return switch (status) {
      case 401, 403 -> "access denied";
      case 404, 410 -> "no such file; the address may have changed";
      case 429 -> "too many requests; wait a while and run again";
      default -> status >= 500 ? "the server failed; try again later" : "unexpected answer";
    };
  }

  private static void rejectStatus(URI url, HttpResponse<InputStream> response, InputStream body)
      throws IOException {
    int status = response.statusCode();
    String excerpt = new String(body.readNBytes(300), StandardCharsets.UTF_8).strip();
    throw new BadInputException(
        url
            + ": the server answered HTTP "
            + status
            + " ("
            + meaning(status)
            + ") at "
            + response.uri()
            + (excerpt.isEmpty() ? "" : "; it said: " + excerpt.replaceAll("\\s+", " "))
            + ". Check the url in the fetch section of region.yaml");
  }

  /** Deletes a partial file and its validator (a damaged download is not worth resuming). */
  static void deletePartialFile(Path partial) {
    AtomicFiles.deleteQuietly(partial);
    AtomicFiles.deleteQuietly(PartialDownload.validatorFile(partial));
  }

  private static String versionOrDev() {
    String version = Downloader.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
