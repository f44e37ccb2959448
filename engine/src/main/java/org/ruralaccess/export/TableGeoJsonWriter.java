package org.ruralaccess.export;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.ruralaccess.analysis.table.ResultTable;

/**
 * Writes a result table as an RFC 7946 GeoJSON FeatureCollection: one feature per row, one feature
 * per line (so a diff of two runs shows which zones changed), properties in column order, numbers
 * as {@link CellFormat} writes them, "no value" as JSON {@code null}. A row without geometry (or a
 * table without geometries) gets {@code "geometry":null}, which RFC 7946 allows.
 */
public final class TableGeoJsonWriter {

  private static final JsonStringEncoder STRINGS = JsonStringEncoder.getInstance();

  private TableGeoJsonWriter() {}

  public static void write(ResultTable table, Path file) {
    CellFormat.checkColumns(table);
    AtomicWriter.write(
        file,
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          write(table, writer);
          writer.flush();
        });
  }

  /** The same FeatureCollection as text (a server's response body). */
  public static String toText(ResultTable table) {
    CellFormat.checkColumns(table);
    StringWriter text = new StringWriter();
    try {
      write(table, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  private static void write(ResultTable table, Writer writer) throws IOException {
    writer.write("{\"type\":\"FeatureCollection\",\"features\":[");
    List<Object[]> rows = table.rows();
    // each property's quoted name and colon, once per table rather than once per row
    String[] keys = new String[table.columns().size()];
    for (int c = 0; c < keys.length; c++) {
      keys[c] = string(new StringBuilder(), table.columns().get(c)).append(':').toString();
    }
    for (int r = 0; r < rows.size(); r++) {
      Geometry geometry = table.hasGeometry() ? table.geometries().get(r) : null;
      writer.write(r == 0 ? "\n" : ",\n");
      writer.write(feature(keys, rows.get(r), geometry));
    }
    writer.write("\n]}\n");
  }

  private static String feature(String[] keys, Object[] row, Geometry geometry) {
    StringBuilder json = new StringBuilder("{\"type\":\"Feature\",\"geometry\":");
    GeoJsonGeometry.append(json, geometry);
    json.append(",\"properties\":{");
    for (int c = 0; c < keys.length; c++) {
      if (c > 0) {
        json.append(',');
      }
      json.append(keys[c]);
      Object value = row[c];
      String text = CellFormat.text(value);
      if (text == null) {
        json.append("null");
      } else if (value instanceof String) {
        string(json, text);
      } else {
        json.append(text);
      }
    }
    return json.append("}}").toString();
  }

  private static StringBuilder string(StringBuilder json, String value) {
    return json.append('"').append(STRINGS.quoteAsString(value)).append('"');
  }
}
