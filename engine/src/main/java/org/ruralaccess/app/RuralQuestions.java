package org.ruralaccess.app;

/**
 * The rural questions an accessibility run may also answer: return trips ({@code --return-trips}
 * and the day-out flags) and time and day profiles ({@code --periods}, {@code --dates}); null for a
 * question not asked.
 */
public record RuralQuestions(ReturnTripFlags returnTrips, PeriodFlags periods) {

  public static final RuralQuestions NONE = new RuralQuestions(null, null);

  public boolean any() {
    return returnTrips != null || periods != null;
  }
}
