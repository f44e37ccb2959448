package org.ruralaccess.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.analysis.table.ResultTable;

/**
 * Writes result tables as files of a run folder: each as {@code <name>.csv}, its data dictionary
 * {@code <name>.dictionary.csv}, and {@code <name>.geojson} when it has geometries.
 */
final class TableFilesWriter {

  private TableFilesWriter() {}

  /** Returns the file names written, in order. */
  static List<String> write(Path directory, List<ResultTable> tables) {
    List<String> files = new ArrayList<>();
    for (ResultTable table : tables) {
      files.add(table.name() + ".csv");
      TableCsvWriter.write(table, directory.resolve(table.name() + ".csv"));
      String dictionary = DataDictionaryWriter.fileName(table.name());
      files.add(dictionary);
      DataDictionaryWriter.write(table.schema(), directory.resolve(dictionary));
      if (table.hasGeometry()) {
        files.add(table.name() + ".geojson");
        TableGeoJsonWriter.write(table, directory.resolve(table.name() + ".geojson"));
      }
    }
    return files;
  }
}
