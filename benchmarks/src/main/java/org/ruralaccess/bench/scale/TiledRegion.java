package org.ruralaccess.bench.scale;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Porto Alegre (regions/poa: EPTC buses, Trensurb metro, the OSM extract and r5r's 1,227 hexagons
 * as zones and destinations) repeated on an N x N grid: tile (row, column) is shifted north by row
 * x {@link #LAT_STEP} and east by column x {@link #LON_STEP} degrees, more than the feeds' extent
 * (0.57 by 0.22 degrees), so tiles neither overlap nor link: a search from one tile stays in it.
 * Ids carry the tile's prefix; OSM ids the tile's offset (see {@link PbfTiler}). Also writes {@code
 * zones_tile0.csv}, the first tile's hexagons, the fixed origin subset.
 */
final class TiledRegion {

  static final double LAT_STEP = 0.7;
  static final double LON_STEP = 0.35;

  private TiledRegion() {}

  static List<PbfTiler.Tile> tiles(int n) {
    List<PbfTiler.Tile> tiles = new ArrayList<>();
    for (int row = 0; row < n; row++) {
      for (int column = 0; column < n; column++) {
        tiles.add(new PbfTiler.Tile(row * n + column, row * LAT_STEP, column * LON_STEP));
      }
    }
    return tiles;
  }

  /** Writes the tiled region into {@code directory} (kept when already complete). */
  static Path generate(Path repository, int n, Path directory) throws IOException {
    Path done = directory.resolve(".complete");
    if (Files.exists(done)) {
      return directory;
    }
    Files.createDirectories(directory);
    List<PbfTiler.Tile> tiles = tiles(n);
    Path poa = repository.resolve("regions/poa");
    GtfsTiler.write(
        repository.resolve("gtfs-feeds/poa_eptc.zip"), directory.resolve("poa_eptc.zip"), tiles);
    GtfsTiler.write(
        repository.resolve("gtfs-feeds/poa_trensurb.zip"),
        directory.resolve("poa_trensurb.zip"),
        tiles);
    PbfTiler.write(
        repository.resolve("osm-extracts/poa_osm.pbf"), directory.resolve("poa_osm.pbf"), tiles);
    writePoints(poa.resolve("poa_hexgrid.csv"), directory, tiles);
    String yaml =
        Files.readString(poa.resolve("region.yaml"))
            .replace("../../gtfs-feeds/", "")
            .replace("../../osm-extracts/", "")
            .replace("name: Porto Alegre (r5r sample)", "name: Porto Alegre tiled " + n + "x" + n);
    Files.writeString(directory.resolve("region.yaml"), yaml);
    Files.writeString(done, "");
    return directory;
  }

  private static void writePoints(Path source, Path directory, List<PbfTiler.Tile> tiles)
      throws IOException {
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    List<String> header = CsvLine.split(lines.get(0));
    int id = header.indexOf("id");
    int lat = header.indexOf("lat");
    int lon = header.indexOf("lon");
    try (BufferedWriter all = Files.newBufferedWriter(directory.resolve("poa_hexgrid.csv"));
        BufferedWriter first = Files.newBufferedWriter(directory.resolve("zones_tile0.csv"))) {
      all.write(lines.get(0) + "\n");
      first.write(lines.get(0) + "\n");
      for (PbfTiler.Tile tile : tiles) {
        for (String line : lines.subList(1, lines.size())) {
          List<String> row = new ArrayList<>(CsvLine.split(line));
          row.set(id, GtfsTiler.prefix(tile) + row.get(id));
          row.set(lat, GtfsTiler.degrees(Double.parseDouble(row.get(lat)) + tile.latShift()));
          row.set(lon, GtfsTiler.degrees(Double.parseDouble(row.get(lon)) + tile.lonShift()));
          String shifted = CsvLine.join(row) + "\n";
          all.write(shifted);
          if (tile.index() == 0) {
            first.write(shifted);
          }
        }
      }
    }
  }
}
