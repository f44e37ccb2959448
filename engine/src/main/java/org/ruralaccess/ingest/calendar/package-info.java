/**
 * Calendar data bundled with the engine: the bank holidays of England and Wales as GOV.UK publishes
 * them ({@link org.ruralaccess.ingest.calendar.BankHolidayReader}), read into {@code
 * model.calendar}.
 */
package org.ruralaccess.ingest.calendar;
