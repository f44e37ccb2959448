package org.ruralaccess.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.app.NetworkArea;
import org.ruralaccess.app.NetworkDescription;
import org.ruralaccess.app.ServiceCalendar;
import org.ruralaccess.app.ZoneLayer;

/**
 * {@code GET /api/network} (what {@code rae info} prints, plus the area and the service dates that
 * requests must fall in) and {@code GET /api/zones} (the zones as GeoJSON). A network is immutable,
 * so both answers are made once at start.
 */
final class NetworkEndpoints {

  private final byte[] description;
  private final byte[] zones;

  NetworkEndpoints(
      LoadedNetwork loaded, NetworkArea area, ServiceCalendar calendar, boolean isochrones) {
    Map<String, Object> body = new LinkedHashMap<>(NetworkDescription.of(loaded));
    body.put("area", area);
    Map<String, Object> dates = new LinkedHashMap<>();
    dates.put("firstServiceDate", text(calendar.firstServiceDate()));
    dates.put("lastServiceDate", text(calendar.lastServiceDate()));
    dates.put(
        "datesWithService", calendar.datesWithService().stream().map(Object::toString).toList());
    body.put("serviceCalendar", dates);
    body.put("isochrones", isochrones);
    try {
      this.description = Json.MAPPER.writeValueAsBytes(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot describe the network as JSON", e);
    }
    this.zones = ZoneLayer.geoJson(loaded);
  }

  List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get(
            "/api/network",
            Set.of(),
            (ctx, query) -> ctx.contentType("application/json").result(description)),
        ApiRoute.get(
            "/api/zones",
            Set.of(),
            (ctx, query) -> ctx.contentType("application/geo+json").result(zones)));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
