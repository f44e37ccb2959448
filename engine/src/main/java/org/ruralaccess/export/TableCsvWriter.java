package org.ruralaccess.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.ruralaccess.analysis.table.ResultTable;

/**
 * Writes a result table as CSV for Excel, Power BI and QGIS: a header row, RFC 4180 quoting, {@code
 * \n} line ends, UTF-8 without a byte order mark, numbers as {@link CellFormat} writes them and "no
 * value" as an empty cell. Geometries are not written (the GeoJSON and GeoPackage carry them).
 */
public final class TableCsvWriter {

  private TableCsvWriter() {}

  public static void write(ResultTable table, Path file) {
    CellFormat.checkColumns(table);
    AtomicWriter.write(
        file,
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          writer.write(line(table.columns()));
          for (Object[] row : table.rows()) {
            writer.write(line(CellFormat.texts(row)));
          }
          writer.flush();
        });
  }

  private static String line(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String cell = cells.get(i);
      if (cell != null) {
        line.append(Csv.escape(cell));
      }
    }
    return line.append('\n').toString();
  }
}
