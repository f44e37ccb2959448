package org.ruralaccess.ingest.gtfs;

import java.nio.file.Path;

/**
 * One feed to read.
 *
 * @param feedId namespaces every id of the feed ({@code feedId:stop_id}) so that several feeds
 *     merge without clashes
 * @param path a {@code .zip} archive or a folder holding the GTFS {@code .txt} files
 */
public record GtfsFeedSource(String feedId, Path path) {

  public GtfsFeedSource {
    if (feedId == null || feedId.isBlank() || feedId.contains(":")) {
      throw new IllegalArgumentException(
          "feedId must be non-blank and free of ':' but was '" + feedId + "'");
    }
    if (path == null) {
      throw new IllegalArgumentException("path of feed " + feedId + " is null");
    }
  }
}
