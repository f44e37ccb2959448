package org.ruralaccess.export;

import java.io.IOException;
import java.nio.file.Path;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.AtomicFiles;

/** {@link AtomicFiles#write} for the writers: a failure is one line naming the file. */
public final class AtomicWriter {

  private AtomicWriter() {}

  public static void write(Path target, AtomicFiles.StreamContent content) {
    try {
      AtomicFiles.write(target, content);
    } catch (IOException e) {
      throw new BadInputException(target + ": cannot write: " + e.getMessage(), e);
    }
  }
}
