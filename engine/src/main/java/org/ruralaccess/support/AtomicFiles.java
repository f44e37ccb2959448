package org.ruralaccess.support;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Moving finished files into place in one step, so readers never see half-written files. */
public final class AtomicFiles {

  private AtomicFiles() {}

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
