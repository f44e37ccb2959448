package org.ruralaccess.ingest.osm;

import com.graphhopper.GraphHopper;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.DecimalEncodedValue;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.IntEncodedValue;
import com.graphhopper.routing.ev.RoadEnvironment;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.ev.VehicleAccess;
import com.graphhopper.routing.ev.VehicleSpeed;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.routing.util.EncodingManager;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetNetworkBuilder;

/**
 * Copies GraphHopper's base graph into a {@link StreetNetwork}: node coordinates, edge distance and
 * shape, access per mode and direction, car speed per direction, no-through-traffic flags for walk
 * and bike, and ferries with their crossing times. A mode loses an edge that GraphHopper marked as
 * part of a small island for that mode; walk and bike lose the ferries a GTFS feed serves (see
 * {@link GtfsServedFerries}); edges no mode can use are dropped and so are nodes left without
 * edges. Nodes keep GraphHopper's order and edges its edge order, so the same file gives the same
 * network.
 */
final class GraphHopperGraphCopier {

  private static final StreetMode[] MODES = StreetMode.values();
  private static final String[] VEHICLES = {"foot", "bike", "car"};

  private final BaseGraph graph;
  private final String fileName;
  private final ImportIssues issues;
  private final BooleanEncodedValue[] access = new BooleanEncodedValue[MODES.length];
  private final BooleanEncodedValue[] island = new BooleanEncodedValue[MODES.length];
  private final DecimalEncodedValue carSpeed;
  private final BooleanEncodedValue footNoThrough;
  private final BooleanEncodedValue bikeNoThrough;
  private final IntEncodedValue ferryCrossingSeconds;
  private final EnumEncodedValue<RoadEnvironment> environment;
  private final BitSet servedFerries;
  private final int[] islandEdges = new int[MODES.length];
  private final int[] modeEdges = new int[MODES.length];
  private int carEdgesWithoutSpeed;
  private int untimedFerryEdges;
  private final int[] enclosedEdges = new int[MODES.length];

  /**
   * @param ferryStops stops of the GTFS feeds' water-transport routes: ferries between them are
   *     left to the timetable for walk and bike
   */
  GraphHopperGraphCopier(
      GraphHopper hopper, String fileName, ImportIssues issues, List<Coordinate> ferryStops) {
    this.graph = hopper.getBaseGraph();
    this.fileName = fileName;
    this.issues = issues;
    EncodingManager encoding = hopper.getEncodingManager();
    for (StreetMode mode : MODES) {
      String vehicle = VEHICLES[mode.ordinal()];
      access[mode.ordinal()] = encoding.getBooleanEncodedValue(VehicleAccess.key(vehicle));
      island[mode.ordinal()] = encoding.getBooleanEncodedValue(Subnetwork.key(vehicle));
    }
    carSpeed = encoding.getDecimalEncodedValue(VehicleSpeed.key("car"));
    footNoThrough = encoding.getBooleanEncodedValue(RuralImportRegistry.FOOT_NO_THROUGH);
    bikeNoThrough = encoding.getBooleanEncodedValue(RuralImportRegistry.BIKE_NO_THROUGH);
    ferryCrossingSeconds = encoding.getIntEncodedValue(RuralImportRegistry.FERRY_CROSSING_SECONDS);
    environment = encoding.getEnumEncodedValue(RoadEnvironment.KEY, RoadEnvironment.class);
    servedFerries = GtfsServedFerries.find(graph, environment, access, ferryStops);
  }

  StreetNetwork copy() {
    int[] accessBits = new int[graph.getEdges()];
    boolean[] usedNode = new boolean[graph.getNodes()];
    AllEdgesIterator edges = graph.getAllEdges();
    while (edges.next()) {
      int bits = accessBits(edges);
      accessBits[edges.getEdge()] = bits;
      if (bits != 0) {
        usedNode[edges.getBaseNode()] = true;
        usedNode[edges.getAdjNode()] = true;
      }
    }
    StreetNetworkBuilder builder = StreetNetwork.builder();
    int[] newNode = new int[graph.getNodes()];
    Arrays.fill(newNode, -1);
    NodeAccess nodes = graph.getNodeAccess();
    for (int node = 0; node < usedNode.length; node++) {
      if (usedNode[node]) {
        newNode[node] = builder.addNode(nodes.getLat(node), nodes.getLon(node));
      }
    }
    edges = graph.getAllEdges();
    while (edges.next()) {
      int bits = accessBits[edges.getEdge()];
      if (bits != 0) {
        addEdge(builder, edges, bits, newNode);
      }
    }
    for (StreetMode mode : new StreetMode[] {StreetMode.WALK, StreetMode.BIKE}) {
      enclosedEdges[mode.ordinal()] = builder.markEnclosedStreetsNoThrough(mode);
    }
    reportIssues();
    return builder.build();
  }

  private int accessBits(AllEdgesIterator edge) {
    int bits = 0;
    for (StreetMode mode : MODES) {
      int index = mode.ordinal();
      int modeBits = 0;
      if (edge.get(access[index])) {
        modeBits |= StreetNetworkBuilder.accessBit(mode, true);
      }
      if (edge.getReverse(access[index])) {
        modeBits |= StreetNetworkBuilder.accessBit(mode, false);
      }
      if (mode == StreetMode.CAR) {
        modeBits = withoutSpeedlessCarDirections(edge, modeBits);
      }
      if (modeBits != 0 && mode != StreetMode.CAR && servedFerries.get(edge.getEdge())) {
        modeBits = 0; // the timetable serves this ferry
      }
      if (modeBits != 0 && edge.get(island[index])) {
        islandEdges[index]++;
        modeBits = 0;
      }
      if (modeBits != 0) {
        modeEdges[index]++;
      }
      bits |= modeBits;
    }
    return bits;
  }

  /** A car direction with access but no speed cannot be timed; GraphHopper should not make one. */
  private int withoutSpeedlessCarDirections(AllEdgesIterator edge, int carBits) {
    int bits = carBits;
    int forwardBit = StreetNetworkBuilder.accessBit(StreetMode.CAR, true);
    int backwardBit = StreetNetworkBuilder.accessBit(StreetMode.CAR, false);
    if ((bits & forwardBit) != 0 && !(edge.get(carSpeed) > 0)) {
      bits &= ~forwardBit;
      carEdgesWithoutSpeed++;
    }
    if ((bits & backwardBit) != 0 && !(edge.getReverse(carSpeed) > 0)) {
      bits &= ~backwardBit;
      carEdgesWithoutSpeed++;
    }
    return bits;
  }

  private void addEdge(StreetNetworkBuilder builder, AllEdgesIterator edge, int bits, int[] node) {
    PointList pillars = edge.fetchWayGeometry(FetchMode.PILLAR_ONLY);
    double[] pillarLatLon = new double[pillars.size() * 2];
    for (int i = 0; i < pillars.size(); i++) {
      pillarLatLon[2 * i] = pillars.getLat(i);
      pillarLatLon[2 * i + 1] = pillars.getLon(i);
    }
    boolean carForward = (bits & StreetNetworkBuilder.accessBit(StreetMode.CAR, true)) != 0;
    boolean carBackward = (bits & StreetNetworkBuilder.accessBit(StreetMode.CAR, false)) != 0;
    int added =
        builder.addEdge(
            node[edge.getBaseNode()],
            node[edge.getAdjNode()],
            edge.getDistance(),
            bits,
            carForward ? edge.get(carSpeed) : 0,
            carBackward ? edge.getReverse(carSpeed) : 0,
            pillarLatLon);
    if (edge.get(footNoThrough) && (bits & StreetNetworkBuilder.bothWays(StreetMode.WALK)) != 0) {
      builder.markNoThrough(added, StreetMode.WALK);
    }
    if (edge.get(bikeNoThrough) && (bits & StreetNetworkBuilder.bothWays(StreetMode.BIKE)) != 0) {
      builder.markNoThrough(added, StreetMode.BIKE);
    }
    if (edge.get(environment) == RoadEnvironment.FERRY) {
      int seconds = edge.get(ferryCrossingSeconds);
      builder.markFerry(added, seconds * 1000);
      untimedFerryEdges += seconds == 0 ? 1 : 0;
    }
  }

  private void reportIssues() {
    for (StreetMode mode : MODES) {
      int index = mode.ordinal();
      if (islandEdges[index] > 0) {
        issues.add(
            ImportIssue.of(
                Severity.INFO,
                "STREET_SMALL_ISLAND_REMOVED",
                fileName,
                0,
                mode.name(),
                islandEdges[index]
                    + " edges in small disconnected islands are not used for "
                    + mode.name()));
      }
      if (modeEdges[index] == 0) {
        issues.add(
            ImportIssue.of(
                Severity.WARNING,
                "STREET_NO_EDGES_FOR_MODE",
                fileName,
                0,
                mode.name(),
                "no street in the file can be used for " + mode.name()));
      }
    }
    for (StreetMode mode : MODES) {
      if (enclosedEdges[mode.ordinal()] > 0) {
        issues.add(
            ImportIssue.of(
                Severity.INFO,
                "STREET_ENCLOSED_BY_NO_THROUGH",
                fileName,
                0,
                mode.name(),
                enclosedEdges[mode.ordinal()]
                    + " edges reachable only through ways closed to through traffic (access="
                    + "private, destination, ...) are treated as part of them for "
                    + mode.name()
                    + ": walks may start or end there, not pass through"));
      }
    }
    if (!servedFerries.isEmpty()) {
      issues.add(
          ImportIssue.of(
              Severity.INFO,
              "FERRY_SERVED_BY_GTFS",
              fileName,
              0,
              null,
              servedFerries.cardinality()
                  + " ferry edges between stops of a GTFS ferry route are left to the timetable"
                  + " for walking and cycling (cars still use them)"));
    }
    if (untimedFerryEdges > 0) {
      issues.add(
          ImportIssue.of(
              Severity.INFO,
              "FERRY_WITHOUT_DURATION",
              fileName,
              0,
              null,
              untimedFerryEdges
                  + " ferry edges have no duration tag: not walked or cycled; cars keep"
                  + " GraphHopper's estimated ferry speed"));
    }
    if (carEdgesWithoutSpeed > 0) {
      issues.add(
          ImportIssue.of(
              Severity.WARNING,
              "STREET_CAR_SPEED_MISSING",
              fileName,
              0,
              "CAR",
              carEdgesWithoutSpeed + " car edge directions had no speed and are closed to cars"));
    }
  }
}
