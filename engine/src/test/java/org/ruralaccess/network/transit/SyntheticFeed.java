package org.ruralaccess.network.transit;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The synthetic GTFS folder in the test resources. */
final class SyntheticFeed {

  private SyntheticFeed() {}

  static Path path() {
    try {
      return Path.of(SyntheticFeed.class.getResource("/gtfs/synthetic").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
