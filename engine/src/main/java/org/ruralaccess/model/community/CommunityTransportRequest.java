package org.ruralaccess.model.community;

/**
 * How a request uses the network's community transport schemes: whether at all, which rider group
 * travels (eligibility) and when the rider books (booking notice). Schemes that do not run on the
 * request's date, that the group may not use, or whose booking rule the assumption cannot meet are
 * left out.
 */
public record CommunityTransportRequest(
    boolean enabled, RiderGroup rider, BookingAssumption booking) {

  /** The default: schemes on, the general public, booked the day before. */
  public static CommunityTransportRequest defaults() {
    return new CommunityTransportRequest(true, RiderGroup.GENERAL, BookingAssumption.dayBefore());
  }

  /** Scheduled transit only, as R5 and OTP without flex would answer. */
  public static CommunityTransportRequest off() {
    return new CommunityTransportRequest(false, RiderGroup.GENERAL, BookingAssumption.dayBefore());
  }

  public CommunityTransportRequest withRider(RiderGroup newRider) {
    return new CommunityTransportRequest(enabled, newRider, booking);
  }

  public CommunityTransportRequest withBooking(BookingAssumption newBooking) {
    return new CommunityTransportRequest(enabled, rider, newBooking);
  }

  public CommunityTransportRequest withEnabled(boolean on) {
    return new CommunityTransportRequest(on, rider, booking);
  }
}
