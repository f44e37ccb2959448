package org.ruralaccess.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Copies a response body to a file, giving up when no byte arrives for the read timeout. Java's
 * HttpClient has a timeout for the response headers only; a body that stalls half way (a dropped
 * mobile or rural connection) would block for ever. A virtual thread reads; this thread waits for
 * each chunk at most the timeout.
 */
final class StallingCopy {

  private static final int CHUNK_BYTES = 64 * 1024;
  private static final long PROGRESS_INTERVAL_NANOS = 500_000_000L;
  private static final Object END = new Object();

  private final InputStream body;
  private final Duration readTimeout;

  StallingCopy(InputStream body, Duration readTimeout) {
    this.body = body;
    this.readTimeout = readTimeout;
  }

  /**
   * @param append true to add to the bytes already in {@code file} (a resumed download)
   * @param totalBytes the whole file's size, or -1 when unknown (for progress)
   * @return the size of {@code file} afterwards
   */
  long to(Path file, boolean append, URI url, long totalBytes, FetchListener listener)
      throws IOException {
    String label = url.getHost() + " " + fileName(url);
    BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(16);
    Thread reader = Thread.ofVirtual().start(() -> read(chunks));
    long received = append ? Files.size(file) : 0;
    long lastReportNanos = System.nanoTime();
    try (OutputStream out =
        Files.newOutputStream(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
      while (true) {
        Object chunk = chunks.poll(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        if (chunk == null) {
          throw new SocketTimeoutException(
              "no data for " + readTimeout.toSeconds() + " s after byte " + received);
        }
        if (chunk == END) {
          break;
        }
        if (chunk instanceof IOException failure) {
          throw failure;
        }
        byte[] bytes = (byte[]) chunk;
        out.write(bytes);
        received += bytes.length;
        long now = System.nanoTime();
        if (now - lastReportNanos >= PROGRESS_INTERVAL_NANOS) {
          listener.transfer(label, received, totalBytes);
          lastReportNanos = now;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      reader.interrupt(); // a stalled reader ends when the caller closes the body
    }
    listener.transfer(label, received, totalBytes < 0 ? received : totalBytes);
    return received;
  }

  private void read(BlockingQueue<Object> chunks) {
    try {
      byte[] buffer = new byte[CHUNK_BYTES];
      int read;
      while ((read = body.read(buffer)) >= 0) {
        if (read > 0) {
          chunks.put(Arrays.copyOf(buffer, read));
        }
      }
      chunks.put(END);
    } catch (IOException e) {
      chunks.offer(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String fileName(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
