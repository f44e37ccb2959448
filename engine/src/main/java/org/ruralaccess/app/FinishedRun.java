package org.ruralaccess.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ruralaccess.analysis.indicators.IndicatorColumnCatalogue;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.CsvReader;

/**
 * One finished run folder: an accessibility run ({@code zone_indicators.csv}) or a comparison
 * ({@code comparison.csv}), each with its {@code run.json}.
 *
 * @param name how faces address it, unique among the runs listed
 * @param kind {@code accessibility} or {@code comparison}
 * @param parameters the run's parameters as its run.json records them
 * @param tables the tables present, in {@link RunTable} order
 * @param indicators per table with indicators, its indicator columns in table order
 * @param riderGroups the rider groups of its rider tables, in table order; empty when none
 */
public record FinishedRun(
    String name,
    String kind,
    Path folder,
    Map<String, Object> parameters,
    List<RunTable> tables,
    Map<RunTable, List<RunIndicator>> indicators,
    List<String> riderGroups) {

  public static final String ACCESSIBILITY = "accessibility";
  public static final String COMPARISON = "comparison";
  private static final String MANIFEST = "run.json";
  private static final int[] DEFAULT_CUTOFFS = {15, 30, 45, 60};

  public FinishedRun {
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    tables = List.copyOf(tables);
    indicators = Map.copyOf(indicators);
    riderGroups = List.copyOf(riderGroups);
  }

  /** Whether the run holds {@code table}. */
  public boolean has(RunTable table) {
    return tables.contains(table);
  }

  /** A file of this run by its fixed name. */
  Path file(String fixedName) {
    return folder.resolve(fixedName);
  }

  /** The GeoJSON of a table with geometry, or its CSV; empty when the run has no such table. */
  public Optional<Path> geoJson(RunTable table) {
    return has(table) && table.hasGeometry()
        ? Optional.of(file(table.geoJsonFile())).filter(Files::isRegularFile)
        : Optional.empty();
  }

  public Optional<Path> csv(RunTable table) {
    return has(table) ? Optional.of(file(table.csvFile())) : Optional.empty();
  }

  /** The run in {@code folder}, or empty when the folder holds no finished run. */
  static Optional<FinishedRun> read(Path folder, String name) {
    Path manifest = folder.resolve(MANIFEST);
    String kind =
        Files.isRegularFile(folder.resolve(RunTable.ZONE_INDICATORS.csvFile()))
            ? ACCESSIBILITY
            : Files.isRegularFile(folder.resolve(RunTable.COMPARISON.csvFile()))
                ? COMPARISON
                : null;
    if (kind == null || !Files.isRegularFile(manifest)) {
      return Optional.empty();
    }
    try {
      JsonNode parameters = FinishedRuns.readJson(manifest).path("parameters");
      @SuppressWarnings("unchecked")
      Map<String, Object> values = new ObjectMapper().convertValue(parameters, Map.class);
      int[] cutoffs = cutoffs(parameters.path("cutoffsMinutes"));
      List<RunTable> tables = new ArrayList<>();
      Map<RunTable, List<RunIndicator>> indicators = new LinkedHashMap<>();
      Set<String> riders = new LinkedHashSet<>();
      for (RunTable table : RunTable.values()) {
        Path csv = folder.resolve(table.csvFile());
        if (!Files.isRegularFile(csv)) {
          continue;
        }
        tables.add(table);
        List<String> header = header(csv);
        if (table.indicatorSuffix() != null) {
          indicators.put(table, indicators(header, table.indicatorSuffix(), cutoffs));
        }
        if (header.contains("rider")) {
          riders.addAll(distinct(csv, header.indexOf("rider")));
        }
      }
      return Optional.of(
          new FinishedRun(
              name,
              kind,
              folder,
              values == null ? Map.of() : values,
              tables,
              indicators,
              List.copyOf(riders)));
    } catch (IOException e) {
      throw new BadInputException(folder + ": cannot read the run: " + e.getMessage(), e);
    }
  }

  private static List<RunIndicator> indicators(List<String> header, String suffix, int[] cutoffs) {
    return IndicatorColumnCatalogue.of(header, suffix, cutoffs).stream()
        .map(
            c ->
                new RunIndicator(
                    c.name(),
                    c.category(),
                    c.mode().label(),
                    c.measure().name().toLowerCase(java.util.Locale.ROOT),
                    c.measure().hasCutoff() ? c.cutoffMinutes() : null,
                    c.measure().unit()))
        .toList();
  }

  private static int[] cutoffs(JsonNode node) {
    if (!node.isArray() || node.isEmpty()) {
      return DEFAULT_CUTOFFS.clone();
    }
    int[] cutoffs = new int[node.size()];
    for (int i = 0; i < cutoffs.length; i++) {
      cutoffs[i] = node.get(i).asInt();
    }
    return cutoffs;
  }

  private static List<String> header(Path csv) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String line = reader.readLine();
      return line == null ? List.of() : CsvReader.fields(line).stream().map(String::trim).toList();
    }
  }

  private static Set<String> distinct(Path csv, int column) throws IOException {
    Set<String> values = new LinkedHashSet<>();
    try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        List<String> cells = CsvReader.fields(line);
        if (column < cells.size() && !cells.get(column).isEmpty()) {
          values.add(cells.get(column));
        }
      }
    }
    return values;
  }
}
