package org.ruralaccess.model.calendar;

import java.time.LocalDate;

/**
 * A bank holiday in England and Wales.
 *
 * @param title as GOV.UK writes it ("Early May bank holiday (VE day)")
 * @param notes "Substitute day" when the holiday moved off a weekend, else empty
 * @param computed true when derived from the statutory rules for a year GOV.UK has not published
 *     (or the engine does not bundle): one-off holidays cannot be known that way
 */
public record BankHoliday(LocalDate date, String title, String notes, boolean computed) {}
