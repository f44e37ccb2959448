package org.ruralaccess.analysis.returntrips;

import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.indicators.IndicatorCategory;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * Return trips of a run: the searches' answers and the two tables written from them.
 *
 * @param byRider per rider group, with the schemes the group may use
 * @param withoutSchemes with no community transport at all
 * @param trips {@code return_trips}: per rider, category and zone, the day out
 * @param equity {@code return_trip_equity}: the share of users with a day out that works, by group
 */
public record ReturnTripResult(
    ReturnTripRequest request,
    List<IndicatorCategory> categories,
    Map<RiderGroup, ReturnTripTimes> byRider,
    ReturnTripTimes withoutSchemes,
    ResultTable trips,
    ResultTable equity) {

  static ReturnTripResult of(
      ZoneSet zones,
      DestinationSet destinations,
      ReturnTripRequest request,
      List<IndicatorCategory> categories,
      Map<RiderGroup, ReturnTripTimes> byRider,
      ReturnTripTimes without) {
    ReturnTripUsers users =
        new ReturnTripUsers(
            destinations,
            request.indicators(),
            categories.stream().map(IndicatorCategory::key).toList());
    return new ReturnTripResult(
        request,
        categories,
        Map.copyOf(byRider),
        without,
        ReturnTripTable.build(zones, destinations, users, byRider, without),
        ReturnTripEquityTable.build(zones, users, byRider, without));
  }
}
