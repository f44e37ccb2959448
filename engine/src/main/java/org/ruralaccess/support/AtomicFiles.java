package org.ruralaccess.support;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Output files written to a hidden temporary sibling and moved into place in one step, so that no
 * reader ever sees a half-written file and a run that fails part way leaves nothing behind. The one
 * implementation of that rule: the network file, every table, GeoPackage and clipped feed use it.
 */
public final class AtomicFiles {

  /** Writes a whole file at the path given (a temporary sibling of the target). */
  @FunctionalInterface
  public interface FileContent {
    void writeTo(Path temporary) throws IOException;
  }

  /** Writes a file's bytes to a stream. */
  @FunctionalInterface
  public interface StreamContent {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code target} through a temporary sibling; on any failure the temporary is deleted and
   * the target is left as it was.
   */
  public static void writeFile(Path target, FileContent content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = null;
    try {
      temp = createTemporarySibling(absolute);
      content.writeTo(temp);
      moveIntoPlace(temp, absolute);
    } finally {
      deleteQuietly(temp);
    }
  }

  /** {@link #writeFile} for content written as a stream (buffered here). */
  public static void write(Path target, StreamContent content) throws IOException {
    writeFile(
        target,
        temp -> {
          try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            content.writeTo(out);
          }
        });
  }

  /** A new empty hidden file next to {@code target} (folders created as needed). */
  public static Path createTemporarySibling(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    return Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
  }

  public static void moveIntoPlace(Path temp, Path target) throws IOException {
    makeReadableByAll(temp);
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Temporary files are created owner-only ({@code rw-------}); a finished output should have the
   * usual {@code rw-r--r--} so colleagues sharing a folder can open it.
   */
  private static void makeReadableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: ACLs already follow the folder
    }
  }

  public static void deleteQuietly(Path path) {
    if (path == null) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // best effort: a leftover hidden .partial file is harmless
    }
  }
}
