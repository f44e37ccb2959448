package org.ruralaccess.routing;

import java.util.Arrays;

/**
 * The reverse search's labels per round and stop, the mirror of {@link RoundArrivals}: {@code
 * board[k][s]} is the latest departure of a vehicle boarded at {@code s} from which the target is
 * reached by the deadline using at most {@code k} vehicles from there; {@code alight[k][s]} is the
 * latest time one may arrive at {@code s} by vehicle and go on by a footpath (round 0: to the
 * target; later rounds: to a stop where one boards, board slack counted). Kept apart because,
 * mirroring the forward rules, a footpath only ever joins two vehicles or a vehicle and the target.
 *
 * <p>Invariant after each deadline: round {@code k} is never worse (earlier) than round {@code
 * k-1}.
 */
final class RoundDepartures {

  private final int stopCount;
  private int[][] board = new int[0][];
  private int[][] alight = new int[0][];

  RoundDepartures(int stopCount) {
    this.stopCount = stopCount;
  }

  void reset(int transitRounds) {
    int rounds = transitRounds + 1;
    if (board.length < rounds) {
      board = new int[rounds][stopCount];
      alight = new int[rounds][stopCount];
    }
    for (int k = 0; k < rounds; k++) {
      Arrays.fill(board[k], ReverseRangeRaptorWorker.UNREACHED);
      Arrays.fill(alight[k], ReverseRangeRaptorWorker.UNREACHED);
    }
  }

  int[] board(int round) {
    return board[round];
  }

  int[] alight(int round) {
    return alight[round];
  }

  /** Raises round {@code round} to round {@code round-1} at the stops changed there. */
  void copyImproved(int round, StopSet changedPreviousRound, StopSet changedThisRound) {
    int[] fromBoard = board[round - 1];
    int[] fromAlight = alight[round - 1];
    int[] toBoard = board[round];
    int[] toAlight = alight[round];
    for (int i = 0; i < changedPreviousRound.size(); i++) {
      int stop = changedPreviousRound.get(i);
      if (fromBoard[stop] > toBoard[stop]) {
        toBoard[stop] = fromBoard[stop];
        changedThisRound.add(stop);
      }
      if (fromAlight[stop] > toAlight[stop]) {
        toAlight[stop] = fromAlight[stop];
        changedThisRound.add(stop);
      }
    }
  }
}
