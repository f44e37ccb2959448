package org.ruralaccess.ingest.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.AtomicFiles;

/**
 * Carries out a {@link FetchPlan}: each file is downloaded next to its target, checked, for GTFS
 * clipped to the buffered study area, and only then moved into place. A failure leaves the previous
 * file (if any) untouched and no partial file behind.
 */
public final class RegionFetcher {

  /** What one download produced. */
  public record Fetched(FetchPlan.Download download, long bytes, Optional<ClipResult> clip) {}

  private final FetchListener listener;
  private final Downloader downloader;

  public RegionFetcher(FetchListener listener, Duration connectTimeout) {
    this.listener = listener;
    this.downloader = new Downloader(listener, connectTimeout);
  }

  /**
   * Downloads every file of the plan, in order.
   *
   * @param clip false keeps the whole GTFS feed as downloaded ({@code --no-clip})
   * @throws SourceUnreachableException if a server cannot be reached (files already fetched stay)
   * @throws BadInputException if a server refuses, or sends something that is not the expected file
   */
  public List<Fetched> fetch(FetchPlan plan, boolean clip) {
    List<Fetched> fetched = new ArrayList<>();
    for (FetchPlan.Download download : plan.downloads()) {
      listener.message("downloading " + download.url() + " -> " + download.target());
      fetched.add(fetchOne(plan, download, clip));
    }
    return fetched;
  }

  /**
   * Clips GTFS feeds already at their targets (downloaded by hand) in place; clipping a clipped
   * feed again keeps it as it is.
   */
  public List<ClipResult> clipInPlace(FetchPlan plan) {
    List<ClipResult> results = new ArrayList<>();
    for (FetchPlan.Download download : plan.gtfs()) {
      Path target = download.target();
      if (!Files.isRegularFile(target)) {
        throw new BadInputException(
            target + ": not found; download " + download.url() + " to this path first");
      }
      DownloadChecks.check(FetchPlan.Kind.GTFS, target, target.toString());
      ClipResult result = GtfsClipper.clip(target, target, plan.clipArea());
      listener.message(target + " " + result.summary());
      results.add(result);
    }
    return results;
  }

  private Fetched fetchOne(FetchPlan plan, FetchPlan.Download download, boolean clip) {
    Path temporary = downloader.downloadNextTo(download.url(), download.target());
    try {
      long bytes = Files.size(temporary);
      DownloadChecks.check(download.kind(), temporary, download.url().toString());
      if (download.kind() == FetchPlan.Kind.GTFS && clip) {
        ClipResult result = GtfsClipper.clip(temporary, download.target(), plan.clipArea());
        listener.message(download.target() + " " + result.summary());
        return new Fetched(download, bytes, Optional.of(result));
      }
      AtomicFiles.moveIntoPlace(temporary, download.target());
      listener.message(download.target() + ": " + bytes + " bytes, checked");
      return new Fetched(download, bytes, Optional.empty());
    } catch (IOException e) {
      throw new BadInputException(
          download.target() + ": cannot be written (" + e.getMessage() + ")", e);
    } finally {
      AtomicFiles.deleteQuietly(temporary);
    }
  }
}
