package org.ruralaccess.ingest.community;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.support.CsvEncoding;
import org.ruralaccess.support.CsvReader;
import org.ruralaccess.support.CsvRow;
import org.ruralaccess.support.CsvSource;

/**
 * The line of every row of {@code stop_times.txt} by (trip_id, stop_sequence), so that flex import
 * issues name the line an analyst opens in an editor (OneBusAway keeps no line numbers). A repeated
 * (trip_id, stop_sequence), as in the Aspen feed, keeps every line in file order.
 */
final class StopTimeLines {

  private static final StopTimeLines NONE = new StopTimeLines(Map.of());

  private final Map<String, List<Long>> linesByKey;

  private StopTimeLines(Map<String, List<Long>> linesByKey) {
    this.linesByKey = linesByKey;
  }

  /**
   * Lines of {@code root/stop_times.txt} (UTF-8, as GTFS requires), named {@code label} in
   * messages; none when the file or its key columns are missing.
   */
  static StopTimeLines read(Path root, String label) {
    Path file = root.resolve("stop_times.txt");
    if (!Files.exists(file)) {
      return NONE;
    }
    try (CsvReader csv = CsvReader.open(CsvSource.of(file, label), CsvEncoding.UTF8)) {
      int trip = csv.header().column("trip_id");
      int sequence = csv.header().column("stop_sequence");
      if (trip < 0 || sequence < 0) {
        return NONE;
      }
      Map<String, List<Long>> lines = new HashMap<>();
      for (CsvRow row : csv) {
        if (row.size() > Math.max(trip, sequence)) {
          String key = key(row.trimmed(trip), row.trimmed(sequence));
          lines.computeIfAbsent(key, k -> new ArrayList<>(1)).add(row.line());
        }
      }
      return new StopTimeLines(lines);
    }
  }

  static StopTimeLines none() {
    return NONE;
  }

  /**
   * The 1-based line of the {@code occurrence}-th (0-based) row with this trip and sequence, or 0
   * when not known.
   */
  long line(String tripId, int stopSequence, int occurrence) {
    List<Long> lines = linesByKey.get(key(tripId, String.valueOf(stopSequence)));
    return lines == null || occurrence >= lines.size() ? 0 : lines.get(occurrence);
  }

  private static String key(String tripId, String stopSequence) {
    String sequence = stopSequence;
    try {
      sequence = String.valueOf(Integer.parseInt(stopSequence));
    } catch (NumberFormatException e) {
      // kept as written; OneBusAway refuses such a row before any issue could name it
    }
    return tripId + '\n' + sequence;
  }
}
