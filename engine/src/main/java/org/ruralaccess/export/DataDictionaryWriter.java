package org.ruralaccess.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.ColumnType;

/**
 * The data dictionary of a table, written beside it as {@code <table>.dictionary.csv}: one row per
 * column of the table, in order, with {@code column,type,unit,meaning} ({@code type} is {@code
 * integer}, {@code decimal} or {@code text}; {@code unit} is empty for text). Column names stay as
 * they are (tests, JTS users and scripts rely on them); the units and meanings live here. Same CSV
 * rules as the tables.
 */
public final class DataDictionaryWriter {

  static final String SUFFIX = ".dictionary.csv";

  private DataDictionaryWriter() {}

  /** The dictionary's file name for a table file stem: {@code zone_indicators.dictionary.csv}. */
  public static String fileName(String stem) {
    return stem + SUFFIX;
  }

  public static void write(List<Column> columns, Path file) {
    AtomicWriter.write(
        file,
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          writer.write("column,type,unit,meaning\n");
          for (Column column : columns) {
            writer.write(
                Csv.escape(column.name())
                    + ','
                    + typeWord(column.type())
                    + ','
                    + Csv.escape(column.unit())
                    + ','
                    + Csv.escape(column.meaning())
                    + '\n');
          }
          writer.flush();
        });
  }

  static String typeWord(ColumnType type) {
    return type == ColumnType.REAL ? "decimal" : type.name().toLowerCase(Locale.ROOT);
  }
}
