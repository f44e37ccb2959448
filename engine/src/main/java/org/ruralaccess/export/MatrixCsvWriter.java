package org.ruralaccess.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.analysis.matrix.Percentiles;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.Units;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.support.AtomicOutput;

/**
 * Writes a travel-time matrix as CSV: {@code origin_id,destination_id,p50,...} in whole minutes
 * (seconds / 60 rounded down, as R5 reports minutes), or for arrive-by {@code
 * origin_id,destination_id,latest_departure,travel_time}. Unreachable is an empty cell.
 */
public final class MatrixCsvWriter implements TravelTimeMatrix.Sink, AutoCloseable {

  private final AtomicOutput output;
  private final Writer writer;
  private final PointSet origins;
  private final PointSet destinations;
  private final boolean arriveBy;

  public MatrixCsvWriter(
      Path file, PointSet origins, PointSet destinations, int[] percentiles, boolean arriveBy) {
    this.output = AtomicOutput.open(file);
    this.writer = output.writer();
    this.origins = origins;
    this.destinations = destinations;
    this.arriveBy = arriveBy;
    StringBuilder header = new StringBuilder("origin_id,destination_id");
    if (arriveBy) {
      header.append(",latest_departure,travel_time");
    } else {
      for (int p : percentiles) {
        header.append(",p").append(p);
      }
    }
    write(header.append('\n').toString());
  }

  /** The columns of the matrix CSV, for its data dictionary. */
  public static List<Column> columns(int[] percentiles, boolean arriveBy) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text("origin_id", "id of the origin (the origins CSV's id column)"));
    columns.add(
        Column.text("destination_id", "id of the destination (the destinations CSV's id column)"));
    if (arriveBy) {
      columns.add(
          Column.text(
              "latest_departure",
              "the latest departure (HH:MM:SS on the date) that arrives by the deadline; empty when"
                  + " none within the maximum trip time"));
      columns.add(
          Column.integer(
              "travel_time",
              Units.MINUTES,
              "travel time of that journey, whole minutes rounded down; empty when none"));
    } else {
      for (int p : percentiles) {
        columns.add(
            Column.integer(
                "p" + p,
                Units.MINUTES,
                "travel time, "
                    + ComparisonSummaryWriter.percentileName(p)
                    + " over the window's departures, whole minutes rounded down;"
                    + " empty when not reachable within the maximum trip time"));
      }
    }
    return columns;
  }

  @Override
  public void origin(int origin, int[][] values) {
    StringBuilder rows = new StringBuilder();
    String originId = Csv.escape(origins.id(origin));
    for (int d = 0; d < values.length; d++) {
      rows.append(originId).append(',').append(Csv.escape(destinations.id(d)));
      if (arriveBy) {
        rows.append(',');
        if (values[d][0] != Percentiles.UNREACHED) {
          rows.append(ClockTime.format(values[d][0]));
        }
        appendMinutes(rows, values[d][1]);
      } else {
        for (int value : values[d]) {
          appendMinutes(rows, value);
        }
      }
      rows.append('\n');
    }
    write(rows.toString());
  }

  private static void appendMinutes(StringBuilder row, int seconds) {
    row.append(',');
    if (seconds != Percentiles.UNREACHED) {
      row.append(seconds / 60);
    }
  }

  private void write(String text) {
    try {
      writer.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void commit() {
    output.commit();
  }

  @Override
  public void close() {
    output.close();
  }
}
