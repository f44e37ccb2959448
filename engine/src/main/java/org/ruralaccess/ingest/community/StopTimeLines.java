package org.ruralaccess.ingest.community;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.support.CsvRow;

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

  /** Lines of {@code root/stop_times.txt}; none when the file or its key columns are missing. */
  static StopTimeLines read(Path root) throws IOException {
    Path file = root.resolve("stop_times.txt");
    if (!Files.exists(file)) {
      return NONE;
    }
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      String headerLine = in.readLine();
      List<String> header = headerLine == null ? List.of() : CsvRow.header(headerLine);
      int trip = header.indexOf("trip_id");
      int sequence = header.indexOf("stop_sequence");
      if (trip < 0 || sequence < 0) {
        return NONE;
      }
      Map<String, List<Long>> lines = new HashMap<>();
      long lineNumber = 1;
      String line;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        List<String> fields = CsvRow.split(line);
        if (fields.size() > Math.max(trip, sequence)) {
          String key = key(fields.get(trip).trim(), fields.get(sequence).trim());
          lines.computeIfAbsent(key, k -> new ArrayList<>(1)).add(lineNumber);
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
