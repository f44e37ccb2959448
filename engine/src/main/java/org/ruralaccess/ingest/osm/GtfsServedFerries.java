package org.ruralaccess.ingest.osm;

import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.RoadEnvironment;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.List;
import org.ruralaccess.model.Coordinate;

/**
 * Finds the ferries a GTFS feed serves, so that walkers and cyclists ride the timetable rather than
 * an average crossing: a connected group of ferry edges is served when at least two of its ends
 * (nodes where it meets the land network, or where it stops) lie within {@value
 * #TERMINAL_RADIUS_METERS} m of a stop of a water-transport route (GTFS route_type 4 or 1000-1299).
 */
final class GtfsServedFerries {

  /** A ferry way ends at the slipway; the GTFS stop is at the terminal building or the quay. */
  static final double TERMINAL_RADIUS_METERS = 300;

  private GtfsServedFerries() {}

  /** GraphHopper edge ids of the served ferries (empty without water-transport stops). */
  static BitSet find(
      BaseGraph graph,
      EnumEncodedValue<RoadEnvironment> environment,
      BooleanEncodedValue[] landAccess,
      List<Coordinate> ferryStops) {
    BitSet served = new BitSet();
    if (ferryStops.isEmpty()) {
      return served;
    }
    BitSet ferry = new BitSet();
    AllEdgesIterator edges = graph.getAllEdges();
    while (edges.next()) {
      if (edges.get(environment) == RoadEnvironment.FERRY) {
        ferry.set(edges.getEdge());
      }
    }
    BitSet seen = new BitSet();
    EdgeExplorer explorer = graph.createEdgeExplorer();
    for (int start = ferry.nextSetBit(0); start >= 0; start = ferry.nextSetBit(start + 1)) {
      if (!seen.get(start)) {
        BitSet group = group(graph, explorer, ferry, start, seen);
        if (servedEnds(graph, explorer, ferry, group, landAccess, ferryStops) >= 2) {
          served.or(group);
        }
      }
    }
    return served;
  }

  private static BitSet group(
      BaseGraph graph, EdgeExplorer explorer, BitSet ferry, int start, BitSet seen) {
    BitSet group = new BitSet();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    seen.set(start);
    while (!queue.isEmpty()) {
      int edge = queue.poll();
      group.set(edge);
      var state = graph.getEdgeIteratorState(edge, Integer.MIN_VALUE);
      for (int node : new int[] {state.getBaseNode(), state.getAdjNode()}) {
        EdgeIterator next = explorer.setBaseNode(node);
        while (next.next()) {
          if (ferry.get(next.getEdge()) && !seen.get(next.getEdge())) {
            seen.set(next.getEdge());
            queue.add(next.getEdge());
          }
        }
      }
    }
    return group;
  }

  /** The group's ends near a water-transport stop: nodes touching land or used by one edge. */
  private static int servedEnds(
      BaseGraph graph,
      EdgeExplorer explorer,
      BitSet ferry,
      BitSet group,
      BooleanEncodedValue[] landAccess,
      List<Coordinate> ferryStops) {
    BitSet ends = new BitSet();
    for (int edge = group.nextSetBit(0); edge >= 0; edge = group.nextSetBit(edge + 1)) {
      var state = graph.getEdgeIteratorState(edge, Integer.MIN_VALUE);
      for (int node : new int[] {state.getBaseNode(), state.getAdjNode()}) {
        int ferryEdges = 0;
        boolean land = false;
        EdgeIterator next = explorer.setBaseNode(node);
        while (next.next()) {
          if (ferry.get(next.getEdge())) {
            ferryEdges++;
          } else {
            land |= anyAccess(next, landAccess);
          }
        }
        if (land || ferryEdges == 1) {
          ends.set(node);
        }
      }
    }
    NodeAccess nodes = graph.getNodeAccess();
    int served = 0;
    for (int node = ends.nextSetBit(0); node >= 0; node = ends.nextSetBit(node + 1)) {
      if (nearAny(nodes.getLat(node), nodes.getLon(node), ferryStops)) {
        served++;
      }
    }
    return served;
  }

  private static boolean anyAccess(EdgeIterator edge, BooleanEncodedValue[] access) {
    for (BooleanEncodedValue value : access) {
      if (edge.get(value) || edge.getReverse(value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nearAny(double lat, double lon, List<Coordinate> stops) {
    for (Coordinate stop : stops) {
      if (Coordinate.distanceMeters(lat, lon, stop.lat(), stop.lon()) <= TERMINAL_RADIUS_METERS) {
        return true;
      }
    }
    return false;
  }
}
