package org.ruralaccess.ingest.gtfs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onebusaway.gtfs.impl.GtfsRelationalDaoImpl;
import org.onebusaway.gtfs.model.AgencyAndId;
import org.onebusaway.gtfs.model.IdentityBean;
import org.onebusaway.gtfs.model.Route;
import org.onebusaway.gtfs.model.Stop;
import org.onebusaway.gtfs.model.StopTime;
import org.onebusaway.gtfs.model.Trip;

/**
 * OneBusAway's in-memory store that also remembers the file line of each stop, route, trip and stop
 * time (rows arrive in file order, one call per row, so line = row number + 1 for the header), and
 * keeps the first of two entities with the same id instead of failing the whole import.
 */
final class LineTrackingDao extends GtfsRelationalDaoImpl {

  /** An entity whose id was already taken; it was not stored. */
  record Duplicate(Class<?> type, String id, long line) {}

  private static final List<Class<?>> TRACKED =
      List.of(Stop.class, Route.class, Trip.class, StopTime.class);

  private final Map<Class<?>, Long> rowsByType = new HashMap<>();
  private final Map<Class<?>, Map<Serializable, Long>> linesByType = new HashMap<>();
  private final List<Duplicate> duplicates = new ArrayList<>();

  @Override
  public void saveEntity(Object entity) {
    long line = rowsByType.merge(entity.getClass(), 1L, Long::sum) + 1;
    if (entity instanceof IdentityBean<?> bean
        && bean.getId() != null
        && !(entity instanceof StopTime)
        && getEntityForId(entity.getClass(), bean.getId()) != null) {
      duplicates.add(new Duplicate(entity.getClass(), rawId(bean.getId()), line));
      return;
    }
    super.saveEntity(entity);
    if (TRACKED.contains(entity.getClass()) && entity instanceof IdentityBean<?> bean) {
      linesByType.computeIfAbsent(entity.getClass(), k -> new HashMap<>()).put(bean.getId(), line);
    }
  }

  private static String rawId(Serializable id) {
    return id instanceof AgencyAndId agencyAndId ? agencyAndId.getId() : String.valueOf(id);
  }

  /** The 1-based line of the entity's row, or 0 when not known. */
  long line(Class<?> type, Serializable id) {
    Map<Serializable, Long> lines = linesByType.get(type);
    return lines == null ? 0 : lines.getOrDefault(id, 0L);
  }

  List<Duplicate> duplicates() {
    return duplicates;
  }
}
