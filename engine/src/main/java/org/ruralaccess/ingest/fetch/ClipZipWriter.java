package org.ruralaccess.ingest.fetch;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the clipped feed's zip so that the same input gives the same bytes: entries in the order
 * they are written (the clipper's fixed order), every entry dated 2000-01-01 00:00 in DOS local
 * time (no extended timestamp field, no time zone involved), lines ended with {@code \n}.
 */
final class ClipZipWriter implements AutoCloseable {

  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private final ZipOutputStream zip;
  private final Writer writer;

  ClipZipWriter(Path file) throws IOException {
    zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8);
    // the writer must not close the zip when an entry's text is flushed
    OutputStream entryStream =
        new FilterOutputStream(zip) {
          @Override
          public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
          }

          @Override
          public void close() {}
        };
    writer =
        new BufferedWriter(new OutputStreamWriter(entryStream, StandardCharsets.UTF_8), 1 << 16);
  }

  void startFile(String name, CharSequence header) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(FIXED_TIME);
    zip.putNextEntry(entry);
    writeLine(header);
  }

  void writeLine(CharSequence line) throws IOException {
    writer.append(line).append('\n');
  }

  void endFile() throws IOException {
    writer.flush();
    zip.closeEntry();
  }

  @Override
  public void close() throws IOException {
    writer.flush();
    zip.close();
  }
}
