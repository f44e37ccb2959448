package org.ruralaccess.ingest.zones;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.ruralaccess.ingest.postcodes.CodePointReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.destination.DestinationCategory;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.zone.AgeBand;
import org.ruralaccess.model.zone.AgeRange;
import org.ruralaccess.model.zone.AgeTable;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * Builds the {@link ZoneSet} of a region from its boundary files, population, deprivation,
 * rural-urban class and postcodes (see the package documentation for each rule). Zones are sorted
 * by code. Missing data never drops a zone: it keeps population 0, decile 0 or class null, and an
 * issue with count and examples says so.
 */
public final class ZoneSetReader {

  private static final int EXAMPLES = 5;

  private ZoneSetReader() {}

  public static ZoneSet read(ZoneInputs inputs, ImportIssues issues, Consumer<String> progress) {
    List<BoundaryFeature> features = readBoundaries(inputs, issues, progress);
    List<String> codes = features.stream().map(BoundaryFeature::code).toList();

    CensusPopulationReader.Population population = null;
    if (inputs.population() != null) {
      progress.accept("Reading population " + inputs.population().getFileName());
      population = CensusPopulationReader.read(inputs.population(), issues);
      reportAgeTable(inputs.population(), population.table(), issues);
    }
    Map<String, Integer> deciles = Map.of();
    if (inputs.deprivation() != null) {
      progress.accept("Reading deprivation " + inputs.deprivation().getFileName());
      deciles =
          DeprivationReader.deciles(
              codes, inputs.deprivation(), inputs.deprivationLookup(), issues);
    }
    Map<String, String> ruralUrban = Map.of();
    if (inputs.ruralUrban() != null) {
      progress.accept("Reading rural-urban classes " + inputs.ruralUrban().getFileName());
      ruralUrban = RuralUrbanReader.read(inputs.ruralUrban());
    }
    Map<String, Coordinate> centroids = Map.of();
    if (inputs.centroids() != null) {
      progress.accept("Reading population-weighted centroids " + inputs.centroids().getFileName());
      centroids = PopulationCentroidReader.read(inputs.centroids());
    }
    progress.accept("Placing zone origins from " + inputs.postcodes().size() + " postcode files");
    Map<String, Coordinate> postcodes =
        inputs.postcodes().isEmpty()
            ? Map.of()
            : CodePointReader.read(inputs.postcodes(), issues).all();
    long start = System.nanoTime();
    PostcodeOrigins origins =
        PostcodeOrigins.compute(features, centroids, inputs.centroids(), postcodes, issues);
    progress.accept(
        String.format(
            Locale.ROOT,
            "%d of %d postcodes fall in a zone (point in polygon: %.2f s)",
            origins.assignedPostcodes(),
            postcodes.size(),
            (System.nanoTime() - start) / 1e9));

    List<Zone> zones = new ArrayList<>(features.size());
    List<String> withoutPopulation = new ArrayList<>();
    List<String> withoutClass = new ArrayList<>();
    for (int z = 0; z < features.size(); z++) {
      BoundaryFeature feature = features.get(z);
      double[] bands = new double[AgeBand.values().length];
      Arrays.fill(bands, Double.NaN);
      double total = 0;
      double[] row = population == null ? null : population.bands(feature.code());
      if (row != null) {
        bands = row;
        total = population.total(feature.code());
      } else if (population != null) {
        // no row: population 0 in the table's own bands (reported below)
        for (AgeBand band : AgeBand.of(population.table())) {
          bands[band.ordinal()] = 0;
        }
        withoutPopulation.add(feature.code());
      }
      String ruralUrbanClass = ruralUrban.get(feature.code());
      if (inputs.ruralUrban() != null && ruralUrbanClass == null) {
        withoutClass.add(feature.code());
      }
      boolean inStudyArea =
          inputs.studyAreaProperty() == null
              || inputs.studyAreaValues().contains(feature.studyAreaValue());
      zones.add(
          new Zone(
              feature.code(),
              feature.name(),
              feature.geometry(),
              inStudyArea,
              total,
              bands,
              deciles.getOrDefault(feature.code(), 0),
              ruralUrbanClass,
              origins.originLat(z),
              origins.originLon(z),
              origins.method(z)));
    }
    reportMissing(
        issues,
        inputs.population(),
        "ZONE_WITHOUT_POPULATION",
        withoutPopulation,
        "have no row in the population table; kept with population 0");
    reportMissing(
        issues,
        inputs.ruralUrban(),
        "ZONE_WITHOUT_RURAL_URBAN_CLASS",
        withoutClass,
        "have no rural-urban class; left not classified");
    if (inputs.population() == null) {
      issues.add(
          ImportIssue.of(
              Severity.WARNING,
              "ZONE_POPULATION_NOT_GIVEN",
              null,
              0,
              null,
              "no population table is configured; every zone has population 0"));
    }
    long inStudyArea = zones.stream().filter(Zone::inStudyArea).count();
    if (inStudyArea == 0) {
      throw new BadInputException(
          "zones: no zone has "
              + inputs.studyAreaProperty()
              + " in "
              + inputs.studyAreaValues().stream().sorted().toList()
              + "; values found: "
              + features.stream()
                  .map(f -> String.valueOf(f.studyAreaValue()))
                  .distinct()
                  .sorted()
                  .limit(EXAMPLES)
                  .toList());
    }
    progress.accept(zones.size() + " zones read, " + inStudyArea + " in the study area");
    return new ZoneSet(List.copyOf(zones));
  }

  private static List<BoundaryFeature> readBoundaries(
      ZoneInputs inputs, ImportIssues issues, Consumer<String> progress) {
    if (inputs.codeProperty() == null || inputs.codeProperty().isBlank()) {
      throw new BadInputException("zones: no code property is configured (e.g. LSOA21CD)");
    }
    if (inputs.boundaries().isEmpty()) {
      throw new BadInputException("zones: no boundary files are configured");
    }
    List<BoundaryFeature> features = new ArrayList<>();
    Map<String, BoundaryFeature> byCode = new HashMap<>();
    for (Path file : inputs.boundaries()) {
      progress.accept("Reading zone boundaries " + file.getFileName());
      for (BoundaryFeature feature :
          GeoJsonBoundaryReader.read(
              file,
              inputs.codeProperty(),
              inputs.nameProperty(),
              inputs.studyAreaProperty(),
              issues)) {
        BoundaryFeature earlier = byCode.putIfAbsent(feature.code(), feature);
        if (earlier != null) {
          throw new BadInputException(
              file
                  + ", feature "
                  + feature.featureIndex()
                  + ": zone code '"
                  + feature.code()
                  + "' was already used by "
                  + earlier.file()
                  + ", feature "
                  + earlier.featureIndex()
                  + "; zone codes must be unique");
        }
        features.add(feature);
      }
    }
    features.sort(Comparator.comparing(BoundaryFeature::code));
    return features;
  }

  /**
   * Which census table the users are counted with, and so which ages stand in for colleges' 16-19s
   * and older riders' 60+ (see {@link AgeRange#proxy}).
   */
  private static void reportAgeTable(Path file, AgeTable table, ImportIssues issues) {
    AgeRange college = DestinationCategory.FURTHER_EDUCATION.userAges();
    AgeRange older = RiderGroup.OLDER_AGES;
    issues.add(
        ImportIssue.of(
            Severity.INFO,
            "ZONE_AGE_BANDS",
            file.getFileName().toString(),
            0,
            null,
            "population by "
                + table.description()
                + ": further education users "
                + proxy(college, table)
                + ", older riders "
                + proxy(older, table)));
  }

  private static String proxy(AgeRange wanted, AgeTable table) {
    AgeRange counted = wanted.counted(table);
    return counted.equals(wanted)
        ? "aged " + wanted.label()
        : "aged " + counted.label() + " (the proxy for " + wanted.label() + ")";
  }

  private static void reportMissing(
      ImportIssues issues, Path file, String code, List<String> zones, String what) {
    if (zones.isEmpty()) {
      return;
    }
    issues.add(
        ImportIssue.of(
            Severity.WARNING,
            code,
            file.getFileName().toString(),
            0,
            zones.getFirst(),
            zones.size()
                + " zones "
                + what
                + ", e.g. "
                + String.join(", ", zones.subList(0, Math.min(EXAMPLES, zones.size())))));
  }

  /**
   * r5r-style point sets (e.g. regions/poa/poa_hexgrid.csv): each point is a zone whose origin is
   * the point ("given"), population total from {@code populationColumn}, no age bands (NaN), no
   * boundary (null), no deprivation (0) and no rural-urban class. Sorted by id.
   */
  public static ZoneSet fromPoints(PointSet points, String populationColumn, ImportIssues issues) {
    double[] population = points.values().get(populationColumn);
    if (population == null) {
      throw BadInputException.at(
          points.source(),
          1,
          populationColumn,
          "no numeric column '"
              + populationColumn
              + "' for the population; numeric columns: "
              + String.join(",", points.values().keySet()));
    }
    double[] noBands = new double[AgeBand.values().length];
    Arrays.fill(noBands, Double.NaN);
    List<Zone> zones = new ArrayList<>(points.size());
    int zeroPopulation = 0;
    for (int p = 0; p < points.size(); p++) {
      if (population[p] < 0) {
        throw BadInputException.at(
            points.source(),
            0,
            populationColumn,
            "point '" + points.id(p) + "' has a negative population " + population[p]);
      }
      zeroPopulation += population[p] == 0 ? 1 : 0;
      zones.add(
          new Zone(
              points.id(p),
              points.id(p),
              null,
              true,
              population[p],
              noBands.clone(),
              0,
              null,
              points.lat(p),
              points.lon(p),
              "given"));
    }
    if (zeroPopulation > 0) {
      issues.add(
          ImportIssue.of(
              Severity.INFO,
              "ZONE_ZERO_POPULATION",
              points.source(),
              0,
              null,
              zeroPopulation + " of " + points.size() + " points have population 0"));
    }
    zones.sort(Comparator.comparing(Zone::code));
    return new ZoneSet(List.copyOf(zones));
  }
}
