package org.ruralaccess.ingest.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ruralaccess.model.calendar.BankHoliday;
import org.ruralaccess.model.calendar.BankHolidays;
import org.ruralaccess.support.CsvRow;

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
    try (InputStream in = BankHolidayReader.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the engine's jar lacks " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BankHolidays read(BufferedReader reader) throws IOException {
    Map<LocalDate, BankHoliday> holidays = new TreeMap<>();
    List<String> header = null;
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header == null) {
        header = CsvRow.header(line);
        if (!header.equals(List.of("date", "title", "notes"))) {
          throw new IllegalStateException(RESOURCE + ": unexpected header " + header);
        }
        continue;
      }
      List<String> fields = CsvRow.split(line);
      if (fields.size() != 3) {
        throw new IllegalStateException(RESOURCE + ", line " + lineNumber + ": 3 fields expected");
      }
      LocalDate date = LocalDate.parse(fields.get(0));
      holidays.put(date, new BankHoliday(date, fields.get(1), fields.get(2), false));
    }
    int first = holidays.keySet().stream().mapToInt(LocalDate::getYear).min().orElseThrow();
    int last = holidays.keySet().stream().mapToInt(LocalDate::getYear).max().orElseThrow();
    return new BankHolidays(holidays, first, last, SOURCE);
  }
}
