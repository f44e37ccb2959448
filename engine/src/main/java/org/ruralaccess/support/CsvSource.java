package org.ruralaccess.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A CSV input: the name messages give it (a path, or {@code feed.zip/stops.txt} for a zip entry)
 * and a way to open its bytes. The reader may open the bytes more than once: to choose the
 * encoding, to find the line of a byte that is not UTF-8, and to resume after a line with broken
 * quoting; so the opener must give the same bytes each time.
 */
public record CsvSource(String label, Opener opener) {

  /** Opens the bytes of the input from the start. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public CsvSource {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(opener, "opener");
  }

  /** A file, named in messages by its path as given. */
  public static CsvSource of(Path file) {
    return new CsvSource(file.toString(), () -> Files.newInputStream(file));
  }

  /** A file (which may sit in a zip file system) named in messages by {@code label}. */
  public static CsvSource of(Path file, String label) {
    return new CsvSource(label, () -> Files.newInputStream(file));
  }
}
