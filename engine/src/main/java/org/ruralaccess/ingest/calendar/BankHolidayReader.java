package org.ruralaccess.ingest.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ruralaccess.model.calendar.BankHoliday;
import org.ruralaccess.model.calendar.BankHolidays;
import org.ruralaccess.support.CsvEncoding;
import org.ruralaccess.support.CsvReader;
import org.ruralaccess.support.CsvRow;
import org.ruralaccess.support.CsvSource;

/**
 * Reads the bank holidays of England and Wales bundled with the engine ({@value #RESOURCE}:
 * GOV.UK's published list for 2019-2027, with its provenance in the file's comment lines). The
 * years it covers are those with any holiday in it; a year outside them is computed by {@link
 * BankHolidays}.
 */
public final class BankHolidayReader {

  static final String RESOURCE = "bank-holidays-england-and-wales.csv";

  private static final String SOURCE =
      "GOV.UK bank holidays (england-and-wales), as bundled: "
          + BankHolidayReader.class.getPackageName().replace('.', '/')
          + "/"
          + RESOURCE;

  private BankHolidayReader() {}

  public static BankHolidays englandAndWales() {
    byte[] csv;
    try (InputStream in = BankHolidayReader.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the engine's jar lacks " + RESOURCE);
      }
      csv = withoutComments(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(new CsvSource(RESOURCE, () -> new ByteArrayInputStream(csv)));
  }

  /** The provenance lines ({@code #}) blanked, so that rows keep their line numbers. */
  private static byte[] withoutComments(String text) {
    StringBuilder kept = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      kept.append(line.startsWith("#") ? "" : line).append('\n');
    }
    return kept.toString().getBytes(StandardCharsets.UTF_8);
  }

  static BankHolidays read(CsvSource source) {
    Map<LocalDate, BankHoliday> holidays = new TreeMap<>();
    try (CsvReader csv = CsvReader.open(source, CsvEncoding.UTF8)) {
      if (!csv.header().names().equals(List.of("date", "title", "notes"))) {
        throw new IllegalStateException(RESOURCE + ": unexpected header " + csv.header().names());
      }
      for (CsvRow row : csv) {
        if (row.size() != 3) {
          throw new IllegalStateException(
              RESOURCE + ", line " + row.line() + ": 3 fields expected");
        }
        LocalDate date = LocalDate.parse(row.trimmed(0));
        holidays.put(date, new BankHoliday(date, row.get(1), row.get(2), false));
      }
    }
    int first = holidays.keySet().stream().mapToInt(LocalDate::getYear).min().orElseThrow();
    int last = holidays.keySet().stream().mapToInt(LocalDate::getYear).max().orElseThrow();
    return new BankHolidays(holidays, first, last, SOURCE);
  }
}
