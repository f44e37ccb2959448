package org.ruralaccess.ingest.gtfs;

import java.io.Serializable;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.onebusaway.gtfs.model.Agency;
import org.onebusaway.gtfs.model.AgencyAndId;
import org.onebusaway.gtfs.model.Route;
import org.onebusaway.gtfs.model.Stop;
import org.onebusaway.gtfs.model.StopLocation;
import org.onebusaway.gtfs.model.Trip;
import org.onebusaway.gtfs.serialization.EntityReferenceNotFoundException;
import org.onebusaway.gtfs.serialization.GtfsReader;

/**
 * OneBusAway's reader, except that a reference to an unknown stop, route or trip does not stop the
 * whole import: the row gets a placeholder entity (never stored) and the network builder skips the
 * trip or row with a warning, as a GTFS validator would report it. OneBusAway alone throws on the
 * first unknown reference.
 */
final class LenientGtfsReader extends GtfsReader {

  private final Set<Object> placeholders = Collections.newSetFromMap(new IdentityHashMap<>());

  @Override
  protected String getAgencyForEntity(Class<?> entityClass, String entityId) {
    try {
      return super.getAgencyForEntity(entityClass, entityId);
    } catch (EntityReferenceNotFoundException e) {
      return ""; // unknown entity: getEntity below hands out a placeholder
    }
  }

  @Override
  protected Object getEntity(Class<?> entityClass, Serializable id) {
    Object found = super.getEntity(entityClass, id);
    if (found != null) {
      return found;
    }
    AgencyAndId missingId =
        id instanceof AgencyAndId agencyAndId
            ? agencyAndId
            : new AgencyAndId("", String.valueOf(id));
    Object placeholder = placeholderFor(entityClass, missingId);
    if (placeholder != null) {
      placeholders.add(placeholder);
    }
    return placeholder;
  }

  private static Object placeholderFor(Class<?> entityClass, AgencyAndId id) {
    if (entityClass == Stop.class || entityClass == StopLocation.class) {
      Stop stop = new Stop();
      stop.setId(id);
      return stop;
    }
    if (entityClass == Route.class) {
      Route route = new Route();
      route.setId(id);
      Agency unknownAgency = new Agency(); // OneBusAway derives trip ids from route.agency
      unknownAgency.setId(id.getAgencyId());
      route.setAgency(unknownAgency);
      return route;
    }
    if (entityClass == Trip.class) {
      Trip trip = new Trip();
      trip.setId(id);
      return trip;
    }
    return null;
  }

  /** The placeholders handed out for unknown references, by identity. */
  Set<Object> placeholders() {
    return Collections.unmodifiableSet(placeholders);
  }
}
