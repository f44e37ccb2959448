/**
 * Time and day profiles: the same accessibility for named periods of a week, in one run.
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>Period</b> ({@link org.ruralaccess.analysis.profiles.Period}): a kind of day and a
 *       departure window: weekday AM peak (the DfT JTS window, 07:00-10:00 on a Tuesday),
 *       inter-peak, evening, Saturday, Sunday, and a school-term and a school-holiday Tuesday.
 *   <li><b>Representative date</b> ({@link org.ruralaccess.analysis.profiles.ProfileDates}): per
 *       kind of day, chosen from the timetables' own calendar, bank holidays left out; a school
 *       holiday is a Tuesday on which services that run before and after pause.
 *   <li><b>Gap</b>: a zone and category with no access within 60 minutes in a period that has it in
 *       the weekday AM peak.
 * </ul>
 *
 * <h2>Design</h2>
 *
 * {@link org.ruralaccess.analysis.profiles.ProfileAnalysis} prepares each date once ({@code
 * analysis.matrix.MinuteMatrix}) and runs periods whose windows touch as one range search, then
 * takes each period's percentile from its own minutes: the answers equal separate runs, the cost is
 * no more than theirs.
 */
package org.ruralaccess.analysis.profiles;
