package org.ruralaccess.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.AtomicFiles;

/**
 * Downloads one URL into a new temporary file next to its final place, so that a check and a rename
 * can follow and a failed or half-finished download never takes the place of a good file. Follows
 * redirects (BODS answers with a redirect to its storage), names itself in the User-Agent as the
 * sites' usage policies ask, and reports progress.
 */
public final class Downloader {

  static final String USER_AGENT = "rae/" + versionOrDev() + " (Rural Access Engine; rae fetch)";

  private static final int BUFFER_BYTES = 64 * 1024;
  private static final long PROGRESS_INTERVAL_NANOS = 500_000_000L;

  private final HttpClient client;
  private final FetchListener listener;

  public Downloader(FetchListener listener, Duration connectTimeout) {
    this.listener = listener;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(connectTimeout)
            .build();
  }

  /**
   * Downloads {@code url} into a new hidden file in {@code target}'s folder (created if needed) and
   * returns that file; the caller checks it and moves it into place, or deletes it.
   *
   * @throws SourceUnreachableException if no connection could be made
   * @throws BadInputException if the server refuses (4xx, 5xx) or the transfer breaks off
   */
  public Path downloadNextTo(URI url, Path target) {
    Path temporary = null;
    boolean done = false;
    try {
      HttpResponse<InputStream> response = send(url);
      try (InputStream body = response.body()) {
        rejectStatus(url, response, body);
        // only now: an unreachable or refusing server leaves no folder and no file behind
        temporary = createTemporarySibling(target);
        long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        long received = copy(body, temporary, url, total);
        if (total >= 0 && received != total) {
          throw new BadInputException(
              url
                  + ": the transfer ended after "
                  + received
                  + " of "
                  + total
                  + " bytes; run again");
        }
      }
      done = true;
      return temporary;
    } catch (IOException e) {
      throw new BadInputException(
          url + ": the download broke off (" + e.getMessage() + "); run rae fetch again", e);
    } finally {
      if (!done && temporary != null) {
        AtomicFiles.deleteQuietly(temporary);
      }
    }
  }

  private HttpResponse<InputStream> send(URI url) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(url).GET().header("User-Agent", USER_AGENT).build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException(url + ": download interrupted", e);
    } catch (IOException e) {
      if (isConnectionFailure(e)) {
        throw new SourceUnreachableException(url, e);
      }
      throw e;
    }
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

  private static void rejectStatus(URI url, HttpResponse<InputStream> response, InputStream body)
      throws IOException {
    int status = response.statusCode();
    if (status == 200) {
      return;
    }
    String excerpt = new String(body.readNBytes(300), StandardCharsets.UTF_8).strip();
    String meaning =
        switch (status) {
          case 401, 403 -> "access denied";
          case 404, 410 -> "no such file; the address may have changed";
          case 429 -> "too many requests; wait a while and run again";
          default -> status >= 500 ? "the server failed; try again later" : "unexpected answer";
        };
    throw new BadInputException(
        url
            + ": the server answered HTTP "
            + status
            + " ("
            + meaning
            + ") at "
            + response.uri()
            + (excerpt.isEmpty() ? "" : "; it said: " + excerpt.replaceAll("\\s+", " "))
            + ". Check the url in the fetch section of region.yaml");
  }

  private long copy(InputStream body, Path temporary, URI url, long total) throws IOException {
    String label = url.getHost() + " " + fileName(url);
    byte[] buffer = new byte[BUFFER_BYTES];
    long received = 0;
    long lastReportNanos = System.nanoTime();
    try (OutputStream out = Files.newOutputStream(temporary)) {
      int read;
      while ((read = body.read(buffer)) >= 0) {
        out.write(buffer, 0, read);
        received += read;
        long now = System.nanoTime();
        if (now - lastReportNanos >= PROGRESS_INTERVAL_NANOS) {
          listener.transfer(label, received, total);
          lastReportNanos = now;
        }
      }
    }
    listener.transfer(label, received, total < 0 ? received : total);
    return received;
  }

  private static Path createTemporarySibling(Path target) {
    try {
      return AtomicFiles.createTemporarySibling(target);
    } catch (IOException e) {
      throw new BadInputException(
          target.toAbsolutePath().getParent()
              + ": cannot write the download here ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  private static String fileName(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }

  private static String versionOrDev() {
    String version = Downloader.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
