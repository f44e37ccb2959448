package org.ruralaccess.analysis.community;

import java.util.Arrays;

/**
 * One search's arrivals at the hubs of one {@link FlexServices}, for the rides on from stops: the
 * stops changed at a departure lower the hubs' arrivals ({@link FlexServices#reachFromStop}), then
 * each hub reached earlier is followed once, earliest first ({@link FlexServices#followReached}),
 * however many of its stops improved it. One per thread; {@link #clear} with the destination
 * arrivals its rides lower.
 */
public final class HubArrivals {

  // the earliest arrival at each hub in this search
  final int[] reached;
  // the arrival each hub's rides were followed from (or found useless, HubEgress.follow)
  final int[] followed;
  // the hubs reached earlier than followed, each once, in no order
  final int[] pending;
  int pendingCount;
  // the pending hubs by arrival: arrival << 32 | hub
  final long[] order;

  public HubArrivals(int hubCount) {
    reached = new int[hubCount];
    followed = new int[hubCount];
    pending = new int[hubCount];
    order = new long[hubCount];
    clear();
  }

  /** Starts a search: no hub reached. */
  public void clear() {
    Arrays.fill(reached, Integer.MAX_VALUE);
    Arrays.fill(followed, Integer.MAX_VALUE);
    pendingCount = 0;
  }
}
