package org.ruralaccess.analysis.profiles;

import java.time.LocalDate;

/**
 * A period with the date it is computed on and its timetable.
 *
 * @param tripsRunning trips running on the date
 * @param tripsDeparting trips whose first departure falls in the period's window
 */
public record ProfilePeriod(Period period, LocalDate date, int tripsRunning, int tripsDeparting) {}
