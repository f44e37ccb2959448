package org.ruralaccess.scenario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ruralaccess.ingest.community.SchemeMapReader;
import org.ruralaccess.model.community.BookingRule;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.Eligibility;
import org.ruralaccess.model.community.OperatingDays;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.community.SchemeKind;
import org.ruralaccess.model.community.ServiceArea;
import org.ruralaccess.model.community.TimeWindow;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * New settings for one community transport scheme; every setting left out (null) stays as it was.
 * The weekdays and the date range replace the scheme's own; its added and removed dates stay.
 */
public record ChangeScheme(
    int line,
    Reference scheme,
    Set<DayOfWeek> weekdays,
    LocalDate validFrom,
    LocalDate validUntil,
    List<TimeWindow> hours,
    BookingRule booking,
    Eligibility eligibility,
    SchemeMapReader.VehicleTime vehicleTime,
    List<ServiceArea> areas)
    implements SchemeModification {

  @Override
  public void resolve(TransitNetwork transit, CommunityTransport baseline, List<String> errors) {
    var id = SchemeIds.resolve(scheme, baseline, errors);
    if (id.isEmpty()) {
      return;
    }
    Scheme old = baseline.scheme(id.get());
    if (old.kind() == SchemeKind.FIXED_ROUTE) {
      List<String> unused = new ArrayList<>();
      if (hours != null) {
        unused.add("hours");
      }
      if (areas != null) {
        unused.add("area");
      }
      if (vehicleTime != null) {
        unused.add("vehicle_time");
      }
      unused.forEach(
          key ->
              errors.add(
                  "line "
                      + line
                      + ": scheme "
                      + id.get()
                      + ": "
                      + SchemeMapReader.notForFixedRoute(key)));
    }
    OperatingDays days = days(old.days());
    if (days.endDate().isBefore(days.startDate())) {
      errors.add(
          "line "
              + line
              + ": scheme "
              + id.get()
              + " would run from "
              + days.startDate()
              + " until "
              + days.endDate()
              + ", which ends before it starts");
    }
  }

  private OperatingDays days(OperatingDays old) {
    return new OperatingDays(
        weekdays == null ? old.weekdays() : weekdays,
        validFrom == null ? old.startDate() : validFrom,
        validUntil == null ? old.endDate() : validUntil,
        old.addedDates(),
        old.removedDates());
  }

  @Override
  public CommunityTransport apply(CommunityTransport current, TransitNetwork transit) {
    Scheme old = SchemeIds.find(scheme, current);
    if (old == null) {
      return current; // removed by an earlier modification of the scenario
    }
    Scheme changed =
        old.withService(
            areas == null ? old.areas() : areas,
            days(old.days()),
            hours == null ? old.windows() : hours,
            booking == null ? old.booking() : booking,
            eligibility == null ? old.eligibility() : eligibility,
            vehicleTime == null ? old.vehicleTimeFactor() : vehicleTime.factor(),
            vehicleTime == null ? old.vehicleTimeOffsetSeconds() : vehicleTime.offsetSeconds());
    List<Scheme> all = new ArrayList<>(current.schemes());
    all.replaceAll(s -> s.id().equals(old.id()) ? changed : s);
    return new CommunityTransport(all);
  }
}
