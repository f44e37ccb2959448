package org.ruralaccess.analysis.community;

import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;

/**
 * The car searches of flex rides (from home, from a hub or back from a destination), each grown
 * only as far as its targets (the destinations and hubs of the service areas), not to the whole
 * {@code maxCarSeconds} (the max trip over the scheme's factor: most of a city); and the last
 * origin's search kept, so the rider groups that ride from the same home share it. One instance per
 * thread.
 *
 * <p>Why the answers are those of one search to {@code maxCarSeconds}: a search limited to L gives
 * a target the seconds s of an unlimited search when s is at most L, and -1 otherwise ({@link
 * StreetTimes#secondsTo}: every node of a path within the limit is settled with its exact time). So
 * a search that reaches every target within some L gives each target's s, and the answer under
 * {@code maxCarSeconds} is s when s is at most {@code maxCarSeconds}, else -1 ({@link CarTimes}). A
 * search that misses a target is redone to {@code maxCarSeconds}, which is the original search. The
 * first limit tried is a guess from the last search's farthest target (areas are searched from
 * neighbouring places in turn); a wrong guess costs time, never a different answer.
 */
final class CarSearches {

  /** The first guess: a drive across a service area of a few kilometres. */
  private static final int FIRST_GUESS_SECONDS = 900;

  private final StreetRouter router;
  private int guessSeconds = FIRST_GUESS_SECONDS;
  private double keptLat = Double.NaN;
  private double keptLon = Double.NaN;
  private StreetTimes kept;
  private int keptLimitSeconds;

  CarSearches(StreetNetwork streets) {
    this.router = new StreetRouter(streets);
  }

  /** Car times from a hub to its area's destinations, as a search to {@code maxCarSeconds}. */
  CarTimes fromHub(StreetSnap from, StreetSnap[] targets, int maxCarSeconds) {
    return new CarTimes(
        search(from, targets, maxCarSeconds, SearchDirection.FORWARD), maxCarSeconds);
  }

  /**
   * Car times to a destination from each of {@code sources} (a reverse search grown back from the
   * destination), as a reverse search to {@code maxCarSeconds} gives them: {@link
   * CarTimes#secondsTo} is then the drive from the source to {@code to}.
   */
  CarTimes toDestination(StreetSnap to, StreetSnap[] sources, int maxCarSeconds) {
    return new CarTimes(search(to, sources, maxCarSeconds, SearchDirection.REVERSE), maxCarSeconds);
  }

  /**
   * Car times from home at ({@code lat}, {@code lon}), snapped at {@code from}, as a search to
   * {@code maxCarSeconds}: the last search is reused when it was from the same place and reached
   * every target, or went at least as far.
   */
  CarTimes fromHome(
      double lat, double lon, StreetSnap from, StreetSnap[] targets, int maxCarSeconds) {
    boolean samePlace = Double.compare(lat, keptLat) == 0 && Double.compare(lon, keptLon) == 0;
    if (!samePlace || !(keptLimitSeconds >= maxCarSeconds || reachesAll(kept, targets))) {
      kept = search(from, targets, maxCarSeconds, SearchDirection.FORWARD);
      keptLat = lat;
      keptLon = lon;
      keptLimitSeconds = limitOf(kept, targets, maxCarSeconds);
    }
    return new CarTimes(kept, maxCarSeconds);
  }

  private StreetTimes search(
      StreetSnap from, StreetSnap[] targets, int maxCarSeconds, SearchDirection direction) {
    int limit = Math.min(guessSeconds, maxCarSeconds);
    StreetTimes car = router.search(from, StreetMode.CAR, direction, 0, limit);
    if (limit < maxCarSeconds && !reachesAll(car, targets)) {
      car = router.search(from, StreetMode.CAR, direction, 0, maxCarSeconds);
    }
    if (targets.length > 0) {
      int farthest = 0;
      for (StreetSnap target : targets) {
        farthest = Math.max(farthest, car.secondsTo(target));
      }
      guessSeconds = farthest + farthest / 8 + 60;
    }
    return car;
  }

  /** The limit a kept search stands for: its own, or maxCarSeconds when it missed a target. */
  private static int limitOf(StreetTimes car, StreetSnap[] targets, int maxCarSeconds) {
    return reachesAll(car, targets) ? 0 : maxCarSeconds;
  }

  private static boolean reachesAll(StreetTimes car, StreetSnap[] targets) {
    for (StreetSnap target : targets) {
      if (car.secondsTo(target) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Seconds by car to a target as a search limited to {@code limitSeconds} gives them. */
  record CarTimes(StreetTimes times, int limitSeconds) {
    int secondsTo(StreetSnap target) {
      int seconds = times.secondsTo(target);
      return seconds <= limitSeconds ? seconds : -1;
    }
  }
}
