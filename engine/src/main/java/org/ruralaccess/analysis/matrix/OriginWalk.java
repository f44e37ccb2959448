package org.ruralaccess.analysis.matrix;

import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;
import org.ruralaccess.routing.RaptorRequest;
import org.ruralaccess.routing.TimedAccessLegs;

/**
 * The one walk search a transit origin runs, and what is read off it: the access legs to stops
 * within the walk limit, and (through {@link DirectWalks}) walking all the way, counted up to the
 * max trip duration so transit is never slower than walking, as in the JTS "PT/walk" measure.
 * Shared by {@link TransitOriginSearch} and {@link SchemeSetsOriginSearch}.
 *
 * @param walk the street search, up to the larger of the walk limit and the max trip duration, or
 *     up to the walk limit when the walks all the way were kept by another run ({@link KeptWalks})
 * @param access {stops, seconds} of the access legs ({@link AccessLegs#fromSearch})
 */
record OriginWalk(StreetTimes walk, int[][] access) {

  static OriginWalk search(
      StreetRouter router,
      Network network,
      StopIndex stopIndex,
      MatrixRequest request,
      StreetSnap origin,
      double originLat,
      double originLon) {
    int maxWalkSeconds = request.routing().maxWalkSeconds();
    return search(
        router,
        network,
        stopIndex,
        request,
        origin,
        originLat,
        originLon,
        Math.max(maxWalkSeconds, request.maxTripSeconds()));
  }

  /**
   * The origin's walk search, with walking all the way put into {@code directWalks}: found on the
   * search, or with {@code keptWalks} (the origin's walks from a run on the same streets, {@link
   * KeptWalks#walks}) taken from them while the search goes only as far as the access legs need,
   * the walk limit (Dijkstra settles every node within it at the same time as a longer search does,
   * so the access legs are the same).
   */
  static OriginWalk search(
      StreetRouter router,
      Network network,
      StopIndex stopIndex,
      MatrixRequest request,
      StreetSnap origin,
      double originLat,
      double originLon,
      int[] keptWalks,
      DirectWalks directWalks) {
    if (keptWalks == null) {
      OriginWalk walk = search(router, network, stopIndex, request, origin, originLat, originLon);
      directWalks.find(walk.walk(), origin);
      return walk;
    }
    int maxWalkSeconds = request.routing().maxWalkSeconds();
    OriginWalk walk =
        search(router, network, stopIndex, request, origin, originLat, originLon, maxWalkSeconds);
    directWalks.useKept(keptWalks);
    return walk;
  }

  private static OriginWalk search(
      StreetRouter router,
      Network network,
      StopIndex stopIndex,
      MatrixRequest request,
      StreetSnap origin,
      double originLat,
      double originLon,
      int limitSeconds) {
    double speed = request.walkSpeedMetersPerSecond();
    int maxWalkSeconds = request.routing().maxWalkSeconds();
    StreetTimes walk =
        router.search(origin, StreetMode.WALK, SearchDirection.FORWARD, speed, limitSeconds);
    int[][] access =
        AccessLegs.fromSearch(
            network,
            stopIndex,
            walk,
            originLat,
            originLon,
            maxWalkSeconds * speed + origin.offStreetMeters(),
            maxWalkSeconds);
    return new OriginWalk(walk, access);
  }

  /** Whether a range search has anything to start from: an access leg or a ride from home. */
  boolean reachesTransit(TimedAccessLegs flexAccess) {
    return access[0].length > 0 || flexAccess.size() > 0;
  }

  /** The range search over the request's window from these access legs and {@code flexAccess}. */
  RaptorRequest raptorRequest(
      MatrixRequest request, int firstDeparture, int departureCount, TimedAccessLegs flexAccess) {
    int step = request.stepSeconds();
    return new RaptorRequest(
        access[0],
        access[1],
        firstDeparture,
        firstDeparture + departureCount * step,
        step,
        request.routing().maxTransfers(),
        request.routing().boardSlackSeconds(),
        request.maxTripSeconds(),
        flexAccess);
  }
}
