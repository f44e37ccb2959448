package org.ruralaccess.server;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.ruralaccess.app.DepartureWindow;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.app.RequestValues;
import org.ruralaccess.app.ServiceCalendar;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.BookingAssumption;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.settings.RoutingOverrides;

/**
 * The fields requests share (date, departure window, mode, community transport), each parsed by the
 * application layer's checks and refused as a 400 naming the request's own field.
 */
final class RequestFields {

  private final ServiceCalendar calendar;
  private final int maxWindowMinutes;

  RequestFields(ServiceCalendar calendar, int maxWindowMinutes) {
    this.calendar = calendar;
    this.maxWindowMinutes = maxWindowMinutes;
  }

  /** Runs a check of the application layer; its refusal becomes a 400 naming {@code field}. */
  static <T> T checked(String field, Supplier<T> check) {
    try {
      return check.get();
    } catch (BadInputException | IllegalArgumentException e) {
      throw new ApiException(400, field, e.getMessage());
    }
  }

  static <T> T required(String field, T value) {
    if (value == null) {
      throw ApiException.badRequest(field, "required");
    }
    return value;
  }

  /**
   * A departure window within the timetables' calendar (for transit) and the window limit.
   *
   * @param stepMinutes null for every minute
   */
  DepartureWindow window(
      String date, String from, String to, Integer stepMinutes, TravelMode mode) {
    LocalDate day = checked("date", () -> RequestValues.date("date", required("date", date)));
    if (mode == TravelMode.TRANSIT) {
      checked("date", () -> calendarCheck(day));
    }
    int fromSeconds = checked("from", () -> RequestValues.time("from", required("from", from)));
    int toSeconds = checked("to", () -> RequestValues.time("to", required("to", to)));
    if (toSeconds <= fromSeconds) {
      throw ApiException.badRequest("to", "must be after from (" + from + ")");
    }
    if (toSeconds - fromSeconds > maxWindowMinutes * 60) {
      throw ApiException.badRequest(
          "to", "the window may last at most " + maxWindowMinutes + " minutes");
    }
    int step = stepMinutes == null ? 1 : stepMinutes;
    if (step < 1 || step > 60) {
      throw ApiException.badRequest("stepMinutes", step + " is out of range; expected 1 to 60");
    }
    return new DepartureWindow(day, fromSeconds, toSeconds, step * 60, from, to);
  }

  private Boolean calendarCheck(LocalDate day) {
    calendar.check("date", day);
    return true;
  }

  /**
   * Routing settings within what a shared server allows (a search that may walk for hours or make
   * dozens of transfers could hold a core for minutes), checked against the network's own.
   *
   * @param overrides null for the network's settings
   */
  static RoutingOverrides routing(RoutingOverrides overrides, LoadedNetwork loaded) {
    if (overrides == null) {
      return RoutingOverrides.NONE;
    }
    atMost("routing.maxTransfers", overrides.maxTransfers(), 8);
    atMost("routing.maxTripMinutes", overrides.maxTripMinutes(), 240);
    atMost("routing.maxWalkMinutes", overrides.maxWalkMinutes(), 60);
    atMost("routing.maxTransferWalkMinutes", overrides.maxTransferWalkMinutes(), 30);
    checked("routing", () -> overrides.applyTo(loaded.routingDefaults()));
    return overrides;
  }

  private static void atMost(String field, Integer value, int max) {
    if (value != null && value > max) {
      throw ApiException.badRequest(
          field, value + " is more than this server allows (" + max + ")");
    }
  }

  static TravelMode mode(String text) {
    return checked("mode", () -> RequestValues.mode("mode", text == null ? "transit" : text));
  }

  /**
   * @param enabled null for on
   */
  static CommunityTransportRequest communityTransport(
      String rider, String booking, Boolean enabled) {
    CommunityTransportRequest defaults = CommunityTransportRequest.defaults();
    RiderGroup group =
        rider == null ? defaults.rider() : checked("rider", () -> RiderGroup.parse(rider));
    BookingAssumption assumption =
        booking == null
            ? defaults.booking()
            : checked("booking", () -> BookingAssumption.parse(booking));
    return new CommunityTransportRequest(enabled == null || enabled, group, assumption);
  }
}
