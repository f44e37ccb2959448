package org.ruralaccess.analysis.profiles;

/**
 * One period and category over the study-area zones.
 *
 * @param users the category's users
 * @param pctWithin60 % of them whose nearest destination is within 60 minutes
 * @param pctReturnTrip % of them with a return trip that works on the period's date; null when
 *     return trips were not asked for
 * @param zonesWithGap zones with no access within 60 minutes in this period that have it in the
 *     weekday AM peak
 * @param usersWithGap their users
 */
public record ProfileSummaryRow(
    ProfilePeriod period,
    String category,
    double users,
    Double pctWithin60,
    Double pctReturnTrip,
    int zonesWithGap,
    double usersWithGap) {}
