package org.ruralaccess.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.AtomicFiles;

/** Writes an output file through a temporary sibling and a rename: never half-written. */
public final class AtomicWriter {

  /** Writes the content of one file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicWriter() {}

  public static void write(Path target, Content content) {
    Path absolute = target.toAbsolutePath();
    Path temp = null;
    try {
      Files.createDirectories(absolute.getParent());
      temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp))) {
        content.writeTo(out);
      }
      AtomicFiles.moveIntoPlace(temp, absolute);
    } catch (IOException e) {
      throw new BadInputException(target + ": cannot write: " + e.getMessage(), e);
    } finally {
      AtomicFiles.deleteQuietly(temp);
    }
  }
}
