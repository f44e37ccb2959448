package org.ruralaccess.ingest.gtfs;

import java.io.Serializable;
import java.util.Set;
import org.onebusaway.gtfs.model.AgencyAndId;
import org.onebusaway.gtfs.model.StopTime;
import org.onebusaway.gtfs.services.GtfsRelationalDao;

/**
 * One GTFS feed as read by OneBusAway, plus what the network builder needs to report problems: the
 * feed id that namespaces every id, the line of each stop, route, trip and stop time row, and which
 * referenced entities were missing from the feed (placeholders).
 *
 * <p>Read-only by contract: the builder reads the OneBusAway entities and never changes them.
 */
public final class GtfsFeed {

  private final String feedId;
  private final GtfsFeedFiles files;
  private final LineTrackingDao dao;
  private final Set<Object> placeholders;

  GtfsFeed(String feedId, GtfsFeedFiles files, LineTrackingDao dao, Set<Object> placeholders) {
    this.feedId = feedId;
    this.files = files;
    this.dao = dao;
    this.placeholders = placeholders;
  }

  public String feedId() {
    return feedId;
  }

  /** The feed's entities; OneBusAway ids carry the GTFS id in {@link AgencyAndId#getId()}. */
  public GtfsRelationalDao dao() {
    return dao;
  }

  /** The engine's id for a GTFS id of this feed: {@code feedId:gtfs_id}. */
  public String namespaced(AgencyAndId id) {
    return feedId + ":" + id.getId();
  }

  /**
   * True when the entity stands in for a stop, route or trip that a row referenced but the feed
   * does not define (an unknown reference). Such entities are not in {@link #dao()}.
   */
  public boolean isMissingReference(Object entity) {
    return placeholders.contains(entity);
  }

  /**
   * How a file of this feed is named in messages and issues, e.g. {@code poa_eptc.zip/stops.txt}.
   */
  public String fileLabel(String fileName) {
    return files.label(fileName);
  }

  /**
   * The 1-based line of an entity's row in its file (stops, routes, trips), or 0 when not known.
   *
   * @param type the OneBusAway entity class, e.g. {@code Trip.class}
   */
  public long line(Class<?> type, Serializable id) {
    return dao.line(type, id);
  }

  /** The 1-based line of a stop time's row in {@code stop_times.txt}, or 0 when not known. */
  public long line(StopTime stopTime) {
    return dao.line(StopTime.class, stopTime.getId());
  }
}
