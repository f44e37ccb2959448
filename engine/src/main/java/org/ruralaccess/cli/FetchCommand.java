package org.ruralaccess.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ruralaccess.ingest.fetch.FetchInstructions;
import org.ruralaccess.ingest.fetch.FetchListener;
import org.ruralaccess.ingest.fetch.FetchPlan;
import org.ruralaccess.ingest.fetch.FetchPlanReader;
import org.ruralaccess.ingest.fetch.RegionFetcher;
import org.ruralaccess.ingest.fetch.SourceUnreachableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rae fetch}: downloads a region's GTFS feeds and OSM extract (the {@code fetch:} section of
 * region.yaml), checks them, and clips the GTFS to the study area plus its buffer. Offline, prints
 * what to download by hand and exits 2.
 */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = {
      "Downloads the network inputs named in the fetch: section of DIR/region.yaml.",
      "Checks them and clips each GTFS feed to the region's bbox plus bufferKm. Without internet",
      "access (or with --offline) prints what to download and where to put it, and exits 2."
    })
final class FetchCommand implements Callable<Integer> {

  /** Exit code when nothing was downloaded because the sources are out of reach. */
  static final int EXIT_OFFLINE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--region",
      required = true,
      paramLabel = "DIR",
      description = "region folder with region.yaml")
  String regionDirectory;

  @Option(names = "--offline", description = "download nothing; print the files to get by hand")
  boolean offline;

  @Option(
      names = "--no-clip",
      description = "keep the whole GTFS feed, not only the region's trips")
  boolean noClip;

  @Option(
      names = "--clip-only",
      description = "download nothing; clip the GTFS feeds already at their saveAs paths")
  boolean clipOnly;

  @Option(
      names = "--connect-timeout-seconds",
      paramLabel = "N",
      defaultValue = "30",
      description = "give up connecting after N seconds (default: ${DEFAULT-VALUE})")
  int connectTimeoutSeconds;

  @Override
  public Integer call() {
    FetchPlan plan = FetchPlanReader.read(java.nio.file.Path.of(regionDirectory));
    PrintWriter out = spec.commandLine().getOut();
    if (offline) {
      out.print(FetchInstructions.text(plan, regionDirectory));
      out.flush();
      return EXIT_OFFLINE;
    }
    RegionFetcher fetcher =
        new RegionFetcher(progress(), Duration.ofSeconds(Math.max(1, connectTimeoutSeconds)));
    if (clipOnly) {
      fetcher.clipInPlace(plan);
      Progress.say("then run: rae build --region " + regionDirectory);
      return 0;
    }
    try {
      List<RegionFetcher.Fetched> fetched = fetcher.fetch(plan, !noClip);
      Progress.say(
          "fetched "
              + fetched.size()
              + " file(s); then run: rae build --region "
              + regionDirectory);
      return 0;
    } catch (SourceUnreachableException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("rae: " + e.getMessage() + "; is this machine offline?");
      err.flush();
      out.print(FetchInstructions.text(plan, regionDirectory));
      out.flush();
      return EXIT_OFFLINE;
    }
  }

  private static FetchListener progress() {
    return new FetchListener() {
      @Override
      public void message(String line) {
        Progress.say(line);
      }

      @Override
      public void transfer(String label, long bytesDone, long bytesTotal) {
        String done = megabytes(bytesDone);
        Progress.sayInline(
            bytesTotal > 0
                ? String.format(
                    Locale.ROOT,
                    "%s %s of %s (%d%%)",
                    label,
                    done,
                    megabytes(bytesTotal),
                    100 * bytesDone / bytesTotal)
                : label + " " + done);
        if (bytesDone == bytesTotal) {
          Progress.sayInline(null);
        }
      }
    };
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
