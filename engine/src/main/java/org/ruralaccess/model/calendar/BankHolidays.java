package org.ruralaccess.model.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bank holidays of England and Wales: the published ones for the years they cover, computed
 * from the statutory rules ({@link StatutoryBankHolidays}, marked {@code computed}) for any other
 * year asked about.
 *
 * @param published the published holidays, by date
 * @param firstPublishedYear the first year the published list covers in full
 * @param lastPublishedYear the last year it covers in full
 * @param source where the published list comes from, for messages and run records
 */
public record BankHolidays(
    Map<LocalDate, BankHoliday> published,
    int firstPublishedYear,
    int lastPublishedYear,
    String source) {

  private static final Map<Integer, List<BankHoliday>> COMPUTED = new ConcurrentHashMap<>();

  public BankHolidays {
    published = java.util.Collections.unmodifiableMap(new TreeMap<>(published));
  }

  public boolean isPublished(int year) {
    return year >= firstPublishedYear && year <= lastPublishedYear;
  }

  /** The holiday on {@code date}, published or computed for the year, if any. */
  public Optional<BankHoliday> find(LocalDate date) {
    if (isPublished(date.getYear())) {
      return Optional.ofNullable(published.get(date));
    }
    return COMPUTED.computeIfAbsent(date.getYear(), StatutoryBankHolidays::englandAndWales).stream()
        .filter(h -> h.date().equals(date))
        .findFirst();
  }

  public boolean isBankHoliday(LocalDate date) {
    return find(date).isPresent();
  }
}
