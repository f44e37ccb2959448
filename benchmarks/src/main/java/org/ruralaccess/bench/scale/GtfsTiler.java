package org.ruralaccess.bench.scale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes one GTFS zip holding copies of a feed, one per tile: every id that another row can refer
 * to gets the tile's prefix ({@code t7_}), stop and shape coordinates move by the tile's shift.
 * Agency, feed info and fare attributes are feed-wide and written once, unprefixed.
 */
final class GtfsTiler {

  private static final Set<String> ID_COLUMNS =
      Set.of(
          "route_id",
          "trip_id",
          "service_id",
          "shape_id",
          "stop_id",
          "parent_station",
          "block_id",
          "zone_id",
          "level_id",
          "from_stop_id",
          "to_stop_id",
          "from_route_id",
          "to_route_id",
          "from_trip_id",
          "to_trip_id",
          "pathway_id",
          "origin_id",
          "destination_id",
          "contains_id");
  private static final Set<String> ONCE =
      Set.of("agency.txt", "feed_info.txt", "fare_attributes.txt");

  private GtfsTiler() {}

  static void write(Path source, Path target, List<PbfTiler.Tile> tiles) throws IOException {
    try (ZipFile zip = new ZipFile(source.toFile(), StandardCharsets.UTF_8);
        OutputStream file = Files.newOutputStream(target);
        ZipOutputStream out = new ZipOutputStream(file)) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory() || !entry.getName().endsWith(".txt")) {
          continue;
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank()) {
              lines.add(line);
            }
          }
        }
        if (lines.isEmpty()) {
          continue;
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(lines.get(0));
        writer.write('\n');
        if (ONCE.contains(entry.getName())) {
          for (String line : lines.subList(1, lines.size())) {
            writer.write(line);
            writer.write('\n');
          }
        } else {
          List<String> header = CsvLine.split(lines.get(0).replace("\uFEFF", ""));
          for (PbfTiler.Tile tile : tiles) {
            for (String line : lines.subList(1, lines.size())) {
              writer.write(CsvLine.join(shift(header, CsvLine.split(line), tile)));
              writer.write('\n');
            }
          }
        }
        writer.flush();
        out.closeEntry();
      }
    }
  }

  private static List<String> shift(List<String> header, List<String> row, PbfTiler.Tile tile) {
    List<String> shifted = new ArrayList<>(row);
    for (int c = 0; c < Math.min(header.size(), row.size()); c++) {
      String column = header.get(c).strip();
      String value = row.get(c);
      if (value.isEmpty()) {
        continue;
      }
      if (ID_COLUMNS.contains(column)) {
        shifted.set(c, prefix(tile) + value);
      } else if (column.equals("stop_lat") || column.equals("shape_pt_lat")) {
        shifted.set(c, degrees(Double.parseDouble(value) + tile.latShift()));
      } else if (column.equals("stop_lon") || column.equals("shape_pt_lon")) {
        shifted.set(c, degrees(Double.parseDouble(value) + tile.lonShift()));
      }
    }
    return shifted;
  }

  static String prefix(PbfTiler.Tile tile) {
    return "t" + tile.index() + "_";
  }

  static String degrees(double value) {
    return String.format(Locale.ROOT, "%.7f", value);
  }
}
