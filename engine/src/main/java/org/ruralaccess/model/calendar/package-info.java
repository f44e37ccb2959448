/**
 * Calendars that decide which dates are typical: the bank holidays of England and Wales, published
 * for the years GOV.UK has announced and computed from the statutory rules for other years ({@link
 * org.ruralaccess.model.calendar.BankHolidays}). The published list is read by {@code
 * ingest.calendar}.
 */
package org.ruralaccess.model.calendar;
