package org.ruralaccess.export.gtfs;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ruralaccess.export.Csv;

/**
 * The feed's zip, written so that the same rows give the same bytes: entries in the order they are
 * written, each dated 2000-01-01 00:00 (no clock, no time zone), UTF-8 without byte order mark,
 * lines ended with {@code \n}, fields quoted only when they need it (RFC 4180).
 */
final class GtfsZipWriter implements AutoCloseable {

  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private final ZipOutputStream zip;
  private final Writer writer;

  GtfsZipWriter(OutputStream out) {
    zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
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

  /** One whole file: the header then the rows, each value quoted as needed. */
  void file(String name, List<String> header, List<List<String>> rows) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(FIXED_TIME);
    zip.putNextEntry(entry);
    line(header);
    for (List<String> row : rows) {
      line(row);
    }
    writer.flush();
    zip.closeEntry();
  }

  private void line(List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        writer.append(',');
      }
      String value = values.get(i);
      writer.append(value == null ? "" : Csv.escape(value));
    }
    writer.append('\n');
  }

  @Override
  public void close() throws IOException {
    writer.flush();
    zip.finish();
  }
}
