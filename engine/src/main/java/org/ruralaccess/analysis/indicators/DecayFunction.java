package org.ruralaccess.analysis.indicators;

import java.util.Locale;
import org.ruralaccess.model.BadInputException;

/**
 * How much an opportunity counts at a given travel time: a non-increasing weight from 1 to 0 around
 * a cutoff, as Conveyal R5's decay functions (package {@code com.conveyal.r5.analyst.decay}; see
 * docs.conveyal.com "decay functions"). The cutoff is not part of the function: it comes from
 * {@link IndicatorSettings#gravityCutoffMinutes()}, as R5 passes it to {@code computeWeight}.
 *
 * <p>Specs ({@link #parse}): {@code step}, {@code linear:WIDTH_MIN}, {@code logistic:SD_MIN},
 * {@code exponential:HALF_LIFE_MIN}. The formulas, and where they follow R5 to the second, are in
 * {@code docs/indicators.md}.
 */
public sealed interface DecayFunction
    permits DecayFunction.Step,
        DecayFunction.Linear,
        DecayFunction.Logistic,
        DecayFunction.Exponential {

  /** R5 gives no weight beyond two hours to the functions that never reach zero. */
  int TWO_HOURS_SECONDS = 2 * 60 * 60;

  /**
   * The weight (0..1) of an opportunity {@code travelSeconds} away, for a cutoff of {@code
   * cutoffSeconds}. Callers skip unreachable destinations; they weigh nothing.
   */
  double weight(int cutoffSeconds, int travelSeconds);

  /** The spec this function parses from, e.g. {@code linear:10}; for run.json. */
  String spec();

  /** Cumulative opportunities: 1 below the cutoff, 0 at and after it (R5: {@code t < cutoff}). */
  record Step() implements DecayFunction {
    @Override
    public double weight(int cutoffSeconds, int travelSeconds) {
      return travelSeconds < cutoffSeconds ? 1 : 0;
    }

    @Override
    public String spec() {
      return "step";
    }
  }

  /**
   * Linear ramp of {@code widthMinutes} centred on the cutoff. As R5, the weight of second {@code
   * s} of the ramp is {@code 1 - (s + 0.5) / widthSeconds}, the mean over that second.
   */
  record Linear(int widthMinutes) implements DecayFunction {
    public Linear {
      if (widthMinutes < 0 || widthMinutes >= 60) {
        throw new BadInputException(
            "decay function linear:" + widthMinutes + ": width must be 0 to 59 minutes (as R5)");
      }
    }

    @Override
    public double weight(int cutoffSeconds, int travelSeconds) {
      int widthSeconds = widthMinutes * 60;
      int secondsIntoRamp = travelSeconds - (cutoffSeconds - widthSeconds / 2);
      if (secondsIntoRamp < 0) {
        return 1;
      }
      if (secondsIntoRamp >= widthSeconds) {
        return 0;
      }
      return 1 - (secondsIntoRamp + 0.5) / widthSeconds;
    }

    @Override
    public String spec() {
      return "linear:" + widthMinutes;
    }
  }

  /**
   * Logistic CDF with its inflection at the cutoff (Bauer and Groneberg 2016, eq. 9, as R5): {@code
   * w(t) = g(0) / g(t)}, {@code g(t) = 1 + exp((t - cutoff) * pi / (sd * sqrt 3))}. The ratio makes
   * {@code w(0) = 1}, so at the cutoff the weight is {@code (1 + exp(-cutoff * pi / (sd * sqrt 3)))
   * / 2}: 0.5 plus a few millionths for ordinary cutoffs.
   */
  record Logistic(double standardDeviationMinutes) implements DecayFunction {
    public Logistic {
      if (!(standardDeviationMinutes > 0 && standardDeviationMinutes < 120)) {
        throw new BadInputException(
            "decay function logistic:"
                + standardDeviationMinutes
                + ": standard deviation must be above 0 and below 120 minutes (as R5)");
      }
    }

    @Override
    public double weight(int cutoffSeconds, int travelSeconds) {
      double scale = Math.PI / (standardDeviationMinutes * 60 * Math.sqrt(3));
      double atZero = 1 + Math.exp(-cutoffSeconds * scale);
      return atZero / (1 + Math.exp((travelSeconds - cutoffSeconds) * scale));
    }

    @Override
    public String spec() {
      return "logistic:" + IndicatorColumnNames.number(standardDeviationMinutes);
    }
  }

  /**
   * Halves every {@code halfLifeMinutes}: {@code w(t) = 0.5^(t / halfLife)}, 0 from two hours on
   * (as R5). R5's {@code exponential} takes the cutoff as the half-life; here the half-life is
   * explicit, so {@code exponential:60} with cutoff 60 is R5's, and the cutoff is not used.
   */
  record Exponential(double halfLifeMinutes) implements DecayFunction {
    public Exponential {
      if (!(halfLifeMinutes > 0 && halfLifeMinutes <= 120)) {
        throw new BadInputException(
            "decay function exponential:"
                + halfLifeMinutes
                + ": half-life must be above 0 and at most 120 minutes");
      }
    }

    @Override
    public double weight(int cutoffSeconds, int travelSeconds) {
      if (travelSeconds <= 0) {
        return 1;
      }
      if (travelSeconds >= TWO_HOURS_SECONDS) {
        return 0;
      }
      return Math.pow(0.5, travelSeconds / (halfLifeMinutes * 60));
    }

    @Override
    public String spec() {
      return "exponential:" + IndicatorColumnNames.number(halfLifeMinutes);
    }
  }

  /**
   * Reads {@code step}, {@code linear:WIDTH_MIN} (whole minutes), {@code logistic:SD_MIN} or {@code
   * exponential:HALF_LIFE_MIN} (minutes, decimals allowed); case-insensitive.
   *
   * @throws BadInputException naming the spec and the expected forms
   */
  static DecayFunction parse(String spec) {
    String expected =
        "expected step, linear:WIDTH_MIN, logistic:SD_MIN or exponential:HALF_LIFE_MIN";
    if (spec == null || spec.isBlank()) {
      throw new BadInputException("decay function is empty: " + expected);
    }
    String trimmed = spec.trim().toLowerCase(Locale.ROOT);
    int colon = trimmed.indexOf(':');
    String name = colon < 0 ? trimmed : trimmed.substring(0, colon);
    String parameter = colon < 0 ? null : trimmed.substring(colon + 1).trim();
    if (name.equals("step") && parameter == null) {
      return new Step();
    }
    if (parameter == null || parameter.isEmpty()) {
      throw new BadInputException("decay function '" + spec + "': " + expected);
    }
    try {
      return switch (name) {
        case "linear" -> new Linear(Integer.parseInt(parameter));
        case "logistic" -> new Logistic(Double.parseDouble(parameter));
        case "exponential" -> new Exponential(Double.parseDouble(parameter));
        default -> throw new BadInputException("decay function '" + spec + "': " + expected);
      };
    } catch (NumberFormatException e) {
      throw new BadInputException(
          "decay function '"
              + spec
              + "': '"
              + parameter
              + "' is not a number of minutes; "
              + expected,
          e);
    }
  }
}
