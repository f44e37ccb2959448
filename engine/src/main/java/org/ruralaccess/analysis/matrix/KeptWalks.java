package org.ruralaccess.analysis.matrix;

/**
 * Walking all the way from each origin to each destination, kept from one transit run for another
 * run on the same streets, origins and destinations: a scenario comparison's baseline keeps them
 * and the scenario's transit searches read them instead of walking again (a timetable change cannot
 * change a walk). A transit search walks up to the max trip duration to offer walking all the way,
 * far beyond its access legs; with the walks known it walks only as far as they go.
 *
 * <p>Kept sparse, only the destinations walked to, so it is never larger than one mode's
 * zones-by-destinations table. Origins are kept from parallel searches, each into its own slot;
 * read after the run that kept them has finished.
 */
public final class KeptWalks {

  // per origin: destination, seconds, destination, seconds, ...; null when not kept
  private final int[][] byOrigin;

  private KeptWalks(int[][] byOrigin) {
    this.byOrigin = byOrigin;
  }

  /** Room for the walks of {@code originCount} origins, none kept yet. */
  public static KeptWalks forOrigins(int originCount) {
    return new KeptWalks(new int[originCount][]);
  }

  int originCount() {
    return byOrigin.length;
  }

  /**
   * Keeps origin {@code origin}'s seconds walking all the way to each destination, {@link
   * Percentiles#UNREACHED} where it walks to none within the max trip duration.
   */
  void keep(int origin, int[] secondsByDestination) {
    int walked = 0;
    for (int seconds : secondsByDestination) {
      walked += seconds == Percentiles.UNREACHED ? 0 : 1;
    }
    int[] pairs = new int[2 * walked];
    int i = 0;
    for (int d = 0; d < secondsByDestination.length; d++) {
      if (secondsByDestination[d] != Percentiles.UNREACHED) {
        pairs[i++] = d;
        pairs[i++] = secondsByDestination[d];
      }
    }
    byOrigin[origin] = pairs;
  }

  /** Whether the walks of {@code origin} were kept. */
  public boolean has(int origin) {
    return byOrigin[origin] != null;
  }

  /**
   * The kept walks of {@code origin}: destination and seconds pairs, destinations ascending, or
   * null when not kept. Read-only.
   */
  int[] walks(int origin) {
    return byOrigin[origin];
  }

  /**
   * The walks of {@code origins} (indices here), renumbered 0, 1, ... in that order: for a run over
   * those origins only.
   */
  public KeptWalks of(int[] origins) {
    int[][] subset = new int[origins.length][];
    for (int i = 0; i < origins.length; i++) {
      subset[i] = byOrigin[origins[i]];
    }
    return new KeptWalks(subset);
  }
}
