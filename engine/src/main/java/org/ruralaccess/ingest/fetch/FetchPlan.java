package org.ruralaccess.ingest.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code rae fetch} downloads for one region and how it cuts the GTFS: the {@code fetch:}
 * section of {@code region.yaml}, validated.
 *
 * @param regionDirectory the folder holding {@code region.yaml}, absolute
 * @param regionName the region's {@code name}, for messages
 * @param studyArea the region's own area, before the buffer
 * @param bufferMeters how far beyond the study area a stop still keeps its trips
 * @param gtfs the bus feeds, each saved clipped to the buffered area
 * @param osm the street extracts (one, or a county and its neighbours), each saved as downloaded
 */
public record FetchPlan(
    Path regionDirectory,
    String regionName,
    BoundingBox studyArea,
    double bufferMeters,
    List<Download> gtfs,
    List<Download> osm) {

  /** What a download must turn out to be. */
  public enum Kind {
    GTFS("GTFS feed (zip)"),
    OSM("OpenStreetMap extract (.osm.pbf)");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /**
   * @param url where to download from (http or https)
   * @param target where the checked (and for GTFS, clipped) file goes, absolute
   */
  public record Download(Kind kind, URI url, Path target) {}

  public FetchPlan {
    gtfs = List.copyOf(gtfs);
    osm = List.copyOf(osm);
  }

  /** The study area grown by the buffer: the area whose stops keep their trips. */
  public BoundingBox clipArea() {
    return studyArea.buffered(bufferMeters);
  }

  /** Every download, GTFS feeds first, in the order of {@code region.yaml}. */
  public List<Download> downloads() {
    List<Download> all = new ArrayList<>(gtfs);
    all.addAll(osm);
    return List.copyOf(all);
  }
}
