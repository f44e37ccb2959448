package org.ruralaccess.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ruralaccess.model.BadInputException;

/**
 * A text output written in a stream to a temporary sibling: {@link #commit()} moves it into place;
 * closing without committing (an error part way) deletes it, so no partial file is ever left.
 */
public final class AtomicOutput implements AutoCloseable {

  private final Path target;
  private final Path temp;
  private final BufferedWriter writer;
  private boolean committed;

  private AtomicOutput(Path target, Path temp, BufferedWriter writer) {
    this.target = target;
    this.temp = temp;
    this.writer = writer;
  }

  public static AtomicOutput open(Path target) {
    Path absolute = target.toAbsolutePath();
    try {
      Path temp = AtomicFiles.createTemporarySibling(absolute);
      return new AtomicOutput(
          absolute, temp, Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new BadInputException(target + ": cannot write: " + e.getMessage(), e);
    }
  }

  public Writer writer() {
    return writer;
  }

  public void commit() {
    try {
      writer.close();
      AtomicFiles.moveIntoPlace(temp, target);
      committed = true;
    } catch (IOException e) {
      throw new BadInputException(target + ": cannot write: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (!committed) {
      try {
        writer.close();
      } catch (IOException ignored) {
        // the file is deleted next anyway
      }
      AtomicFiles.deleteQuietly(temp);
    }
  }
}
