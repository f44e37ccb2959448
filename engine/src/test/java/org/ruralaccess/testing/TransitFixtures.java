package org.ruralaccess.testing;

import java.util.List;
import org.ruralaccess.ingest.gtfs.GtfsFeed;
import org.ruralaccess.ingest.gtfs.TransitTablesReader;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.network.transit.TransitNetwork;
import org.ruralaccess.network.transit.TransitNetworkBuilder;

/** The transit network of read feeds, as the network build makes it. */
public final class TransitFixtures {

  private TransitFixtures() {}

  public static TransitNetwork fromFeeds(List<GtfsFeed> feeds, ImportIssues issues) {
    return TransitNetworkBuilder.build(TransitTablesReader.read(feeds, issues));
  }
}
