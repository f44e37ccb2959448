package org.ruralaccess.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RaptorTimetableBuilderTest {

  private static final boolean[] ALL = {true, true, true};

  @Test
  void flattensPatternsVisitsAndFootpaths() {
    RaptorTimetableBuilder builder = RaptorTimetable.builder(4);
    builder.addPattern(
        new int[] {0, 1, 2},
        ALL,
        ALL,
        new int[][] {{100, 200, 300}},
        new int[][] {{110, 200, 300}});
    builder.addPattern(
        new int[] {2, 3},
        new boolean[] {true, false},
        new boolean[] {false, true},
        new int[][] {{400, 500}, {600, 700}},
        new int[][] {{400, 500}, {600, 700}});
    builder.addTransfer(1, 3, 300).addTransfer(1, 2, 120).minTransferSeconds(2, 90);
    RaptorTimetable tt = builder.build();

    assertEquals(2, tt.patternCount());
    assertEquals(3, tt.totalTripCount());
    assertEquals(600, tt.departureSeconds(1, 1, 0));
    assertEquals(500, tt.arrivalSeconds(1, 0, 1));
    assertEquals(110, tt.departureSeconds(0, 0, 0));
    // Stop 2 is visited by pattern 0 at position 2 and pattern 1 at position 0.
    assertEquals(2, tt.visitCount(2));
    assertEquals(0, tt.visitPattern(2, 0));
    assertEquals(2, tt.visitStopPosition(2, 0));
    assertEquals(1, tt.visitPattern(2, 1));
    // Footpaths from stop 1 sorted by duration: 120 s to 2 before 300 s to 3.
    assertEquals(2, tt.transferCount(1));
    assertEquals(2, tt.transferTarget(1, 0));
    assertEquals(300, tt.transferDurationSeconds(1, 1));
    assertEquals(90, tt.minTransferSeconds(2));
    assertEquals(0, tt.minTransferSeconds(1));
  }

  @Test
  void rejectsDepartureBeforeArrival() {
    RaptorTimetableBuilder builder = RaptorTimetable.builder(3);
    builder.addPattern(
        new int[] {0, 1, 2},
        ALL,
        ALL,
        new int[][] {{100, 200, 300}},
        new int[][] {{100, 190, 300}});
    var error = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals(
        "pattern 0 trip 0 stop position 1: departure 190 s is before arrival 200 s",
        error.getMessage());
  }

  @Test
  void rejectsTimeRunningBackwardsAlongATrip() {
    RaptorTimetableBuilder builder = RaptorTimetable.builder(3);
    int[][] times = {{100, 90, 300}};
    builder.addPattern(new int[] {0, 1, 2}, ALL, ALL, times, times);
    var error = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals(
        "pattern 0 trip 0 stop position 1: arrival 90 s is before the departure 100 s from the"
            + " previous stop",
        error.getMessage());
  }

  @Test
  void rejectsOvertakingTrips() {
    RaptorTimetableBuilder builder = RaptorTimetable.builder(3);
    // Trip 1 leaves later but arrives at stop position 2 before trip 0 does.
    int[][] times = {{100, 200, 400}, {150, 250, 350}};
    builder.addPattern(new int[] {0, 1, 2}, ALL, ALL, times, times);
    var error = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals(
        "pattern 0 trip 1 stop position 2: trips must be sorted by departure and never overtake,"
            + " but departure 350 s is before trip 0's 400 s",
        error.getMessage());
  }

  @Test
  void rejectsUnsortedTrips() {
    RaptorTimetableBuilder builder = RaptorTimetable.builder(2);
    int[][] times = {{500, 600}, {100, 200}};
    builder.addPattern(
        new int[] {0, 1}, new boolean[] {true, true}, new boolean[] {true, true}, times, times);
    var error = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals(
        "pattern 0 trip 1 stop position 0: trips must be sorted by departure and never overtake,"
            + " but departure 100 s is before trip 0's 500 s",
        error.getMessage());
  }

  @Test
  void rejectsStopsOutOfRangeAndSelfFootpaths() {
    RaptorTimetableBuilder builder = RaptorTimetable.builder(2);
    assertEquals(
        "transfer to: stop 5 is outside 0..1",
        assertThrows(IllegalArgumentException.class, () -> builder.addTransfer(0, 5, 60))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder.addTransfer(1, 1, 60));
    assertThrows(IllegalArgumentException.class, () -> builder.minTransferSeconds(0, -1));
  }

  @Test
  void workerRejectsAccessStopOutsideTimetable() {
    RaptorTimetable tt = RaptorTimetable.builder(2).build();
    RaptorRequest request = RaptorRequest.of(new int[] {7}, new int[] {0}, 0, 60);
    assertThrows(
        IllegalArgumentException.class,
        () -> new RangeRaptorWorker(tt).route(request, (d, a, c, n) -> {}));
  }
}
