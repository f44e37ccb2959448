package org.ruralaccess.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How summary.md and the matrix dictionary name the percentile of a run. */
class ComparisonSummaryWriterTest {

  @Test
  void percentilesAreNamedAsWritten() {
    assertEquals("the median (50th percentile)", ComparisonSummaryWriter.percentileName(50));
    assertEquals("the 1st percentile", ComparisonSummaryWriter.percentileName(1));
    assertEquals("the 2nd percentile", ComparisonSummaryWriter.percentileName(2));
    assertEquals("the 3rd percentile", ComparisonSummaryWriter.percentileName(3));
    assertEquals("the 11th percentile", ComparisonSummaryWriter.percentileName(11));
    assertEquals("the 12th percentile", ComparisonSummaryWriter.percentileName(12));
    assertEquals("the 13th percentile", ComparisonSummaryWriter.percentileName(13));
    assertEquals("the 21st percentile", ComparisonSummaryWriter.percentileName(21));
    assertEquals("the 75th percentile", ComparisonSummaryWriter.percentileName(75));
    assertEquals("the 100th percentile", ComparisonSummaryWriter.percentileName(100));
    assertEquals("the 0th percentile", ComparisonSummaryWriter.percentileName(0));
  }
}
