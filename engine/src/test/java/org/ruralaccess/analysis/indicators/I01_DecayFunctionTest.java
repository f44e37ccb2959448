package org.ruralaccess.analysis.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ruralaccess.model.BadInputException;

/** Each decay function at hand-computed points, and the spec syntax. */
class I01_DecayFunctionTest {

  private static final double EXACT = 1e-12;

  @Test
  void stepCountsBelowTheCutoffOnly() {
    DecayFunction step = DecayFunction.parse("step");
    // Cutoff 30 min = 1,800 s: 29:59 counts, 30:00 does not (R5: t < cutoff).
    assertEquals(1.0, step.weight(1800, 1799), EXACT);
    assertEquals(0.0, step.weight(1800, 1800), EXACT);
    assertEquals(1.0, step.weight(1800, 0), EXACT);
  }

  @Test
  void linearRampsOverItsWidthCentredOnTheCutoff() {
    DecayFunction linear = DecayFunction.parse("linear:10");
    // Width 10 min = 600 s around cutoff 1,800 s: the ramp runs over [1,500, 2,100).
    assertEquals(1.0, linear.weight(1800, 1499), EXACT);
    // Mid-ramp of the first half, 150 s in: 1 - (150 + 0.5) / 600 = 0.749166...
    assertEquals(1 - 150.5 / 600, linear.weight(1800, 1650), EXACT);
    assertEquals(0.7491666666666666, linear.weight(1800, 1650), 1e-15);
    // At the cutoff, 300 s in: 1 - 300.5 / 600 = 0.499166... (R5's half-second centring).
    assertEquals(0.49916666666666665, linear.weight(1800, 1800), 1e-15);
    // Last second of the ramp, 599 s in: 1 - 599.5 / 600 = 0.000833...
    assertEquals(0.5 / 600, linear.weight(1800, 2099), 1e-15);
    assertEquals(0.0, linear.weight(1800, 2100), EXACT);
  }

  @Test
  void linearOfWidthZeroIsTheStep() {
    DecayFunction linear = DecayFunction.parse("linear:0");
    assertEquals(1.0, linear.weight(1800, 1799), EXACT);
    assertEquals(0.0, linear.weight(1800, 1800), EXACT);
  }

  @Test
  void logisticIsOneHalfAtTheCutoff() {
    DecayFunction logistic = DecayFunction.parse("logistic:10");
    // sd 10 min = 600 s: scale = pi / (600 * sqrt 3) = 0.0030230 per s. At t = cutoff = 3,600 s
    // the weight is (1 + exp(-3600 * 0.0030230)) / 2 = (1 + exp(-10.8828)) / 2
    // = (1 + 0.0000187785) / 2 = 0.5000093893.
    assertEquals(0.5000093892666582, logistic.weight(3600, 3600), 1e-12);
    assertEquals(0.5, logistic.weight(3600, 3600), 1e-4);
    // Normalised so that t = 0 weighs exactly 1 (R5: g(cutoff, 0) / g(cutoff, t)).
    assertEquals(1.0, logistic.weight(3600, 0), EXACT);
    // Symmetric about the cutoff up to that normalisation: w(c - x) + w(c + x) = 1.0000187785.
    assertEquals(
        1.0000187785333163, logistic.weight(3600, 3000) + logistic.weight(3600, 4200), 1e-12);
  }

  @Test
  void exponentialHalvesEveryHalfLife() {
    DecayFunction exponential = DecayFunction.parse("exponential:10");
    // Half-life 10 min = 600 s: 0.5 at 600 s, 0.25 at 1,200 s; the cutoff plays no part.
    assertEquals(0.5, exponential.weight(3600, 600), EXACT);
    assertEquals(0.5, exponential.weight(900, 600), EXACT);
    assertEquals(0.25, exponential.weight(3600, 1200), EXACT);
    assertEquals(1.0, exponential.weight(3600, 0), EXACT);
    // Cut to 0 from two hours on, as R5: 0.5^(7199/600) = 0.000244 just before.
    assertEquals(Math.pow(0.5, 7199 / 600.0), exponential.weight(3600, 7199), EXACT);
    assertEquals(0.0, exponential.weight(3600, 7200), EXACT);
  }

  @Test
  void specsParseCaseInsensitivelyAndRoundTrip() {
    assertEquals(new DecayFunction.Step(), DecayFunction.parse(" STEP "));
    assertEquals(new DecayFunction.Linear(10), DecayFunction.parse("Linear:10"));
    assertEquals(new DecayFunction.Logistic(7.5), DecayFunction.parse("logistic:7.5"));
    assertEquals(new DecayFunction.Exponential(20), DecayFunction.parse("exponential:20"));
    for (String spec : new String[] {"step", "linear:10", "logistic:7.5", "exponential:20"}) {
      assertEquals(spec, DecayFunction.parse(spec).spec());
    }
  }

  @Test
  void badSpecsNameWhatIsExpected() {
    for (String spec :
        new String[] {
          "",
          "gaussian:5",
          "linear",
          "linear:abc",
          "linear:7.5",
          "logistic:0",
          "logistic:NaN",
          "exponential:-3",
          "linear:60",
          "step:5"
        }) {
      BadInputException e =
          assertThrows(BadInputException.class, () -> DecayFunction.parse(spec), spec);
      assertTrue(e.getMessage().startsWith("decay function"), e.getMessage());
    }
  }
}
